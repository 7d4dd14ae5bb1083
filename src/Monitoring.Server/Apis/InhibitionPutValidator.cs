using System.Collections.Immutable;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;

namespace Monitoring.Server.Apis;

/// <summary>Turns an inhibition body into a rule, naming an unknown severity or scope; the rest is the book's to judge.</summary>
internal static class InhibitionPutValidator
{
    public static Inhibition? Validate(string inhibitionId, InhibitionPutRequest body, out Dictionary<string, string[]> errors)
    {
        errors = [];
        Severity? minimum = null;
        if (body.SourceMinSeverity is not null)
        {
            if (WireEnums.TryParse<Severity>(body.SourceMinSeverity, out var severity))
            {
                minimum = severity;
            }
            else
            {
                errors["sourceMinSeverity"] = ["must be one of " + WireEnums.Names<Severity>()];
            }
        }

        var equal = InhibitionScope.Guard;
        if (body.Equal is not null && !WireEnums.TryParse(body.Equal, out equal))
        {
            errors["equal"] = ["must be one of " + WireEnums.Names<InhibitionScope>()];
        }

        return errors.Count > 0 ? null : new Inhibition
        {
            InhibitionId = inhibitionId,
            Name = body.Name,
            SourceTypes = Texts(body.SourceTypes),
            SourceMinSeverity = minimum,
            TargetTypes = Texts(body.TargetTypes),
            Equal = equal,
            OnlyDevice = body.OnlyDevice ?? false,
        };
    }

    private static ImmutableArray<string> Texts(string?[]? items) => [.. (items ?? []).Select(i => i ?? "")];
}
