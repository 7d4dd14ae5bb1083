using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Rules;
using Monitoring.Domain.Rules;
using Monitoring.Grains.Rules;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/rules</c>: the device-health rule table in force for the tenant or a site, each row
/// with its scope (default, tenant, site), and the admin's overrides of one row.
/// </summary>
internal static class RulesApi
{
    public static IEndpointRouteBuilder MapRulesApi(this IEndpointRouteBuilder routes)
    {
        var rules = routes.MapGroup("/api/v1/rules").WithTags("Rules");
        rules.MapGet("/", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetRules");
        rules.MapPut("/{type}", PutAsync).RequireAuthorization(Roles.AdminPolicy).WithName("PutRule").Audited("rule", read: ReadRowAsync);
        return routes;
    }

    private static async Task<Results<Ok<RuleView[]>, ValidationProblem>> GetAsync(string? siteId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (siteId is { Length: > 0 } && !Ids.IsValid(siteId))
        {
            return Problems.Problems.Invalid("siteId", Ids.Rule);
        }

        var rows = await Book(grains, user).GetAsync(siteId);
        return TypedResults.Ok(rows.ToArray());
    }

    private static async Task<Results<Ok<RuleView>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string type, RulePutRequest body, ClaimsPrincipal user, IGrainFactory grains, RuleBookCache cache)
    {
        if (!RuleTypes.IsKnown(type))
        {
            return Problems.Problems.NotFound("Rule", type);
        }

        if (RulePutValidator.Validate(type, body, out var errors) is not { } rule)
        {
            return Problems.Problems.Invalid(errors);
        }

        var result = await Book(grains, user).SetAsync(body.SiteId, rule);
        cache.Invalidate(user.Tenant());
        if (!result.Succeeded)
        {
            return Problems.Problems.Invalid(result.Errors
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }

        return TypedResults.Ok(result.Rule!);
    }

    // The row a PUT replaces, in the scope the body names (there is no GET of one row).
    private static async Task<object?> ReadRowAsync(EndpointFilterInvocationContext context)
    {
        var type = context.GetArgument<string>(0);
        var siteId = context.GetArgument<RulePutRequest>(1)?.SiteId;
        if (!RuleTypes.IsKnown(type) || (siteId is { Length: > 0 } && !Ids.IsValid(siteId)))
        {
            return null;
        }

        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var rows = await Book(grains, context.HttpContext.User).GetAsync(siteId);
        return rows.FirstOrDefault(r => string.Equals(r.Type, type, StringComparison.Ordinal));
    }

    private static IRuleBookGrain Book(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<IRuleBookGrain>(user.Tenant());
}
