using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Grains.Storage;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis.Fraud;

/// <summary>
/// <c>POST /api/v1/fraud/labels</c>: all or nothing. A bad item is a 400 naming it; an event the
/// ledger does not hold (never scored, or gone after 30 days) is a 404 listing every such one; a
/// verdict against a different one already recorded is a 409 listing them unless <c>replace</c> is
/// true. Only when every item passes are the verdicts written.
/// </summary>
internal static class FraudLabels
{
    public static async Task<Results<Ok<FraudLabelResult>, ValidationProblem, ProblemHttpResult>> LabelAsync(
        FraudLabelRequest body, ClaimsPrincipal user, IFraudLedger ledger)
    {
        var errors = new Dictionary<string, string[]>();
        var by = Actor.Resolve(user, body.By, errors);
        var verdicts = FraudLabelValidator.Check(body, errors);
        if (errors.Count > 0 || by is null)
        {
            return Problems.Problems.Invalid(errors);
        }

        var tenant = user.Tenant();
        var current = await Task.WhenAll(verdicts.Select(v => ledger.FindAsync(tenant, v.DeviceId, v.Seq)));
        var missing = verdicts.Where((_, i) => current[i] is null).Select(v => $"{v.DeviceId}/{v.Seq}").ToList();
        if (missing.Count > 0)
        {
            return TypedResults.Problem(title: "Scored event not found", statusCode: StatusCodes.Status404NotFound,
                detail: $"{missing.Count} item(s) name no scored event of the last 30 days.",
                extensions: new Dictionary<string, object?> { ["missing"] = missing });
        }

        var conflicts = verdicts.Where((v, i) => current[i]!.Label is { } old && old != v.Label)
            .Select(v => $"{v.DeviceId}/{v.Seq}").ToList();
        if (conflicts.Count > 0 && body.Replace != true)
        {
            return TypedResults.Problem(title: "Conflict", statusCode: StatusCodes.Status409Conflict,
                detail: $"{conflicts.Count} item(s) already carry the other verdict; send replace: true to change them.",
                extensions: new Dictionary<string, object?> { ["conflicts"] = conflicts });
        }

        var changed = verdicts.Where((v, i) => current[i]!.Label != v.Label).ToList();
        foreach (var (deviceId, seq, label) in changed)
        {
            await ledger.LabelAsync(tenant, deviceId, seq, label);
        }

        return TypedResults.Ok(new FraudLabelResult(changed.Count, verdicts.Count - changed.Count, by));
    }
}
