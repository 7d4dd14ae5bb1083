using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Grains.Storage.Audit;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/audit</c>: the log of admin and configuration changes (sites, rules, the notification
/// book, the manual clock), newest first. An admin reads its tenant's records; the <c>system</c>
/// role reads the host-wide ones (clock changes).
/// </summary>
internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/audit", ListAsync).WithTags("Audit").RequireAuthorization(Roles.AuditPolicy).WithName("ListAudit")
            .WithSummary("Admin and configuration changes, newest first: resource, actor, since, limit 1..500 (default 50), cursor.");
        return routes;
    }

    private static async Task<Results<Ok<AuditList>, ValidationProblem>> ListAsync(HttpRequest request, ClaimsPrincipal user, IAuditLog log)
    {
        if (AuditListQuery.Parse(request.Query, Scope(user), out var errors) is not { } query)
        {
            return Problems.Problems.Invalid(errors);
        }

        var page = await log.ReadAsync(query);
        var items = page.Items.Select(AuditEntry.From).ToList();
        return TypedResults.Ok(new AuditList(items, page.HasMore && items.Count > 0 ? AuditCursor.Encode(items[^1].AuditId) : null));
    }

    // An admin sees its tenant's records, the system role the host's; a key with both sees both.
    private static List<string> Scope(ClaimsPrincipal user)
    {
        var tenants = new List<string>();
        if (user.IsInRole(Roles.Admin) && user.FindFirstValue(Roles.TenantClaim) is { } tenant)
        {
            tenants.Add(tenant);
        }

        if (user.IsInRole(Roles.System))
        {
            tenants.Add("");
        }

        return tenants;
    }
}
