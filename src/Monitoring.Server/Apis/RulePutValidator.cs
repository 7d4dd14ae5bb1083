using Monitoring.Contracts.Rules;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Rules;
using Monitoring.Grains.Rules;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>
/// Turns a rule body into an override, naming each field that is missing or of the wrong kind. The
/// values themselves are the domain's to judge: the rule book grain validates what it receives.
/// </summary>
internal static class RulePutValidator
{
    public static RuleOverride? Validate(string type, RulePutRequest body, out Dictionary<string, string[]> errors)
    {
        var found = new Dictionary<string, string[]>();
        void Check(bool bad, string field, string message)
        {
            if (bad)
            {
                found[field] = [message];
            }
        }

        var standard = RuleTable.Default[type];
        Check(body.SiteId is not null && !Ids.IsValid(body.SiteId), "siteId", Ids.Rule);
        Check(body.Threshold is null, "threshold", "required, in the unit of " + standard.Signal);
        Check(body.DurationS is null, "durationS", "required, in seconds");
        Check(body.SlaS is null, "slaS", "required, in seconds");
        var severity = Parse<Severity>(body.Severity, required: true, "severity", Check);
        var escalatedSeverity = Parse<Severity>(body.EscalatedSeverity, required: false, "escalatedSeverity", Check);
        var comparison = Parse<Comparison>(body.Comparison, required: false, "comparison", Check);

        // Standard values stand in for the fields already refused, so the domain still names the others.
        var rule = new RuleOverride
        {
            Type = type,
            Threshold = body.Threshold ?? standard.Threshold,
            DurationS = body.DurationS ?? standard.Duration.TotalSeconds,
            HoldS = body.HoldS,
            Severity = severity ?? standard.Severity,
            SlaS = body.SlaS ?? standard.Sla.TotalSeconds,
            WindowS = body.WindowS ?? standard.Window.TotalSeconds,
            EscalatedThreshold = body.EscalatedThreshold,
            EscalatedSeverity = escalatedSeverity ?? (body.EscalatedSeverity is null ? null : Severity.Critical),
            Enabled = body.Enabled ?? true,
            Signal = body.Signal,
            Comparison = comparison ?? (body.Comparison is null ? null : standard.Comparison),
        };
        errors = found;
        if (found.Count == 0)
        {
            return rule;
        }

        foreach (var error in RuleValidator.Validate(rule.ToDefinition(standard)).Select(e => e.ToWire()))
        {
            found.TryAdd(error.Field, [error.Message]);
        }

        return null;
    }

    private static T? Parse<T>(string? text, bool required, string field, Action<bool, string, string> check)
        where T : struct, Enum
    {
        if (text is null && !required)
        {
            return null;
        }

        var known = WireEnums.TryParse<T>(text, out var value);
        check(!known, field, (required ? "required, one of " : "must be one of ") + WireEnums.Names<T>());
        return known ? value : null;
    }
}
