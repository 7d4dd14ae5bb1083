namespace Monitoring.Server.Apis;

/// <summary>
/// The body of <c>PUT /api/v1/rules/{type}</c>: the whole row (spans in seconds) and, for a site
/// override, the site. Required: threshold, durationS, severity, slaS. Left out: holdS is the
/// duration, windowS the type's standard window, no escalation, enabled. signal and comparison
/// are fixed per type and may be echoed back.
/// </summary>
internal sealed record RulePutRequest(
    string? SiteId,
    double? Threshold,
    double? DurationS,
    double? HoldS,
    string? Severity,
    double? SlaS,
    double? WindowS,
    double? EscalatedThreshold,
    string? EscalatedSeverity,
    bool? Enabled,
    string? Signal,
    string? Comparison);
