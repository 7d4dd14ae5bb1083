using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Alerts;

/// <summary>Filters and paging for listing alerts, newest first.</summary>
[GenerateSerializer, Immutable, Alias("alert-query")]
public sealed record AlertQuery(
    [property: Id(0)] AlertStatus? Status,
    [property: Id(1)] Severity? Severity,
    [property: Id(2)] string? Type,
    [property: Id(3)] string? SiteId,
    [property: Id(4)] string? GuardId,
    [property: Id(5)] DateTimeOffset? Since,
    [property: Id(6)] int Limit,
    [property: Id(7)] DateTimeOffset? BeforeRaisedAt,
    [property: Id(8)] string? BeforeAlertId);
