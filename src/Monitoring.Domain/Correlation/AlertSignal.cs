using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Correlation;

/// <summary>What correlation needs to know of one alert.</summary>
public sealed record AlertSignal(
    string AlertId,
    string Type,
    Severity Severity,
    string SiteId,
    string? GuardId,
    DateTimeOffset RaisedAt,
    bool Open);
