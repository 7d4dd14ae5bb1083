using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>An incident opened in deep night (01:00-05:00 on its site's clock), with that local time.</summary>
public sealed record DeepNightIncident(
    string IncidentId,
    string SiteId,
    string? GuardId,
    Severity Severity,
    DateTimeOffset OpenedAt,
    string LocalTime,
    int AlertCount,
    IReadOnlyList<string> AlertTypes,
    bool Open);
