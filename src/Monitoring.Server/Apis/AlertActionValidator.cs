using System.Security.Claims;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary>Checks an action body against what the action needs, naming each bad field.</summary>
internal static class AlertActionValidator
{
    public static AlertAction? Validate(AlertActionKind kind, AlertActionRequest body, ClaimsPrincipal user, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var by = Actor.Resolve(user, body.By, errors);
        OperatorText.CheckNote(body.Notes, "notes", required: false, errors);

        VerificationMethod? method = null;
        Resolution? resolution = null;
        if (kind == AlertActionKind.Verify)
        {
            if (WireEnums.TryParse<VerificationMethod>(body.Method, out var m))
            {
                method = m;
            }
            else
            {
                errors["method"] = [$"required, one of {WireEnums.Names<VerificationMethod>()}"];
            }

            OperatorText.CheckNote(body.Response, "response", required: true, errors);
        }

        if (kind == AlertActionKind.Resolve)
        {
            if (WireEnums.TryParse<Resolution>(body.Resolution, out var r) && r != Resolution.Cleared)
            {
                resolution = r;
            }
            else
            {
                errors["resolution"] = ["required, one of confirmed, false_positive, resolved"];
            }
        }

        return errors.Count > 0 ? null : new AlertAction(kind, by!, body.Notes, method, body.Response, resolution);
    }

    public static string Verb(AlertActionKind kind) => kind switch
    {
        AlertActionKind.Acknowledge => "acknowledged",
        AlertActionKind.Verify => "verified",
        _ => "resolved",
    };
}
