using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>What the reports read of one alert: who, where, when it was raised, answered and closed, and how.</summary>
public sealed record ReportAlert(
    string AlertId,
    string Type,
    Severity Severity,
    string SiteId,
    string? GuardId,
    DateTimeOffset RaisedAt,
    DateTimeOffset SlaDueAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt,
    Resolution? Resolution,
    int EscalationLevel)
{
    /// <summary>Resolved by an operator's verdict (confirmed, false positive, resolved), not cleared by the system.</summary>
    public bool HasVerdict => Resolution is { } r && r != Alerts.Resolution.Cleared && ResolvedAt is not null;

    /// <summary>
    /// When an operator first answered it: its acknowledgement (a verification acknowledges too), or
    /// its resolution when an operator resolved it straight away; null while nobody has.
    /// </summary>
    public DateTimeOffset? RespondedAt => AcknowledgedAt ?? (HasVerdict ? ResolvedAt : null);
}
