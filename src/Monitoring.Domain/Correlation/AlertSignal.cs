using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Correlation;

/// <summary>
/// What correlation needs to know of one alert. <see cref="Revision"/> orders the states of one
/// alert (it grows with every change that matters here; 0 when unknown), so a signal delivered
/// again, or late, never takes an incident back to an older state of the alert.
/// </summary>
public sealed record AlertSignal(
    string AlertId,
    string Type,
    Severity Severity,
    string SiteId,
    string? GuardId,
    DateTimeOffset RaisedAt,
    bool Open,
    int Revision = 0);
