using Monitoring.Contracts.Rules;
using Monitoring.Domain.Rules;

namespace Monitoring.Grains.Rules;

/// <summary>
/// Between the wire rows (spans in seconds, Orleans-serialisable) and the domain's
/// <see cref="RuleDefinition"/>. A grain that caches <see cref="ResolvedRules"/> turns them into a
/// <see cref="RuleTable"/> with <see cref="ToTable"/>.
/// </summary>
public static class RuleConversions
{
    // Beyond any valid span (24 h) yet far from TimeSpan's limits, so an absurd number of seconds
    // reaches the domain validator as an out-of-range span instead of throwing.
    private const double MaxSeconds = 10_000_000;

    public static RuleTable ToTable(this ResolvedRules resolved) =>
        RuleTable.Default.With(resolved.Rules.Where(r => RuleTypes.IsKnown(r.Type)).Select(ToDefinition));

    public static RuleDefinition ToDefinition(this RuleView row) =>
        new(row.Type, row.Signal, row.Comparison, row.Threshold, Span(row.DurationS), Span(row.HoldS), row.Severity, Span(row.SlaS))
        {
            Window = Span(row.WindowS ?? 0),
            EscalatedThreshold = row.EscalatedThreshold,
            EscalatedSeverity = row.EscalatedSeverity,
            Enabled = row.Enabled,
        };

    /// <summary>The override as a row of <paramref name="standard"/>'s type; a null signal or comparison is the standard's.</summary>
    public static RuleDefinition ToDefinition(this RuleOverride rule, RuleDefinition standard) =>
        new(
            rule.Type,
            rule.Signal ?? standard.Signal,
            rule.Comparison ?? standard.Comparison,
            rule.Threshold,
            Span(rule.DurationS),
            rule.HoldS is { } hold ? Span(hold) : null,
            rule.Severity,
            Span(rule.SlaS))
        {
            Window = Span(rule.WindowS),
            EscalatedThreshold = rule.EscalatedThreshold,
            EscalatedSeverity = rule.EscalatedSeverity,
            Enabled = rule.Enabled,
        };

    public static RuleView ToView(this RuleDefinition rule, string scope, string? siteId) => new()
    {
        Type = rule.Type,
        Signal = rule.Signal,
        Comparison = rule.Comparison,
        Threshold = rule.Threshold,
        DurationS = rule.Duration.TotalSeconds,
        HoldS = rule.EffectiveHold.TotalSeconds,
        Severity = rule.Severity,
        SlaS = rule.Sla.TotalSeconds,
        WindowS = rule.Window == TimeSpan.Zero ? null : rule.Window.TotalSeconds,
        EscalatedThreshold = rule.EscalatedThreshold,
        EscalatedSeverity = rule.EscalatedSeverity,
        Enabled = rule.Enabled,
        Scope = scope,
        SiteId = siteId,
    };

    /// <summary>The domain's error with the wire name of its field: the spans are in seconds on the wire.</summary>
    public static RuleFieldError ToWire(this RuleError error) => new(
        error.Field switch
        {
            "duration" => "durationS",
            "hold" => "holdS",
            "sla" => "slaS",
            "window" => "windowS",
            var field => field,
        },
        error.Message);

    private static TimeSpan Span(double seconds) =>
        double.IsFinite(seconds) ? TimeSpan.FromSeconds(Math.Clamp(seconds, -MaxSeconds, MaxSeconds)) : TimeSpan.MinValue;
}
