using System.Security.Claims;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Incidents;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary>Checks an incident action's body against what the action needs, naming each bad field.</summary>
internal static class IncidentActionValidator
{
    public static IncidentCommand? Validate(IncidentActionKind kind, IncidentActionRequest body, ClaimsPrincipal user, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var by = Actor.Resolve(user, body.By, errors);
        string? text = null;
        Resolution? resolution = null;
        switch (kind)
        {
            case IncidentActionKind.Investigate:
                text = OperatorText.CheckName(body.Assignee, "assignee", errors) ? body.Assignee!.Trim() : null;
                break;
            case IncidentActionKind.RootCause:
                text = Prose(body.Cause, "cause", errors);
                break;
            case IncidentActionKind.Note:
                text = Prose(body.Text, "text", errors);
                break;
            default:
                if (WireEnums.TryParse<Resolution>(body.Resolution, out var r) && r != Resolution.Cleared)
                {
                    resolution = r;
                }
                else
                {
                    errors["resolution"] = ["required, one of confirmed, false_positive, resolved"];
                }

                break;
        }

        return errors.Count > 0 ? null : new IncidentCommand(kind, by!, text, resolution);
    }

    public static string Path(IncidentActionKind kind) => kind switch
    {
        IncidentActionKind.Investigate => "investigate",
        IncidentActionKind.RootCause => "root-cause",
        IncidentActionKind.Note => "note",
        _ => "close",
    };

    public static string Summary(IncidentActionKind kind) => kind switch
    {
        IncidentActionKind.Investigate => "Investigate { by, assignee }: the incident is investigated by the assignee (again: hand it over).",
        IncidentActionKind.RootCause => "Root cause { by, cause }: states (or revises) the root cause; not once closed.",
        IncidentActionKind.Note => "Note { by, text }: adds a note; not once closed.",
        _ => "Close { by, resolution: confirmed|false_positive|resolved }: closes the incident for good.",
    };

    /// <summary>Free text that must say something: not blank, at most a note's length, lines allowed.</summary>
    private static string? Prose(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = [$"required, at most {OperatorText.MaxNote} characters"];
            return null;
        }

        return OperatorText.CheckNote(text, field, required: true, errors) ? text.Trim() : null;
    }
}
