using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>What the reports read of one incident.</summary>
public sealed record ReportIncident(
    string IncidentId,
    string SiteId,
    string? GuardId,
    Severity Severity,
    DateTimeOffset OpenedAt,
    int AlertCount,
    IReadOnlyList<string> AlertTypes,
    bool Open);
