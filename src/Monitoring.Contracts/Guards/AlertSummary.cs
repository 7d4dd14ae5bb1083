using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Guards;

/// <summary>A short view of an open alert, as listed on a guard.</summary>
[GenerateSerializer, Immutable, Alias("alert-summary")]
public sealed record AlertSummary(
    [property: Id(0)] string AlertId,
    [property: Id(1)] string Type,
    [property: Id(2)] Severity Severity,
    [property: Id(3)] AlertStatus Status,
    [property: Id(4)] DateTimeOffset RaisedAt);
