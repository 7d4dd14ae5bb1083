namespace Monitoring.Contracts.Alerts;

/// <summary>
/// The alerts raised in [<see cref="From"/>, <see cref="To"/>), of one site or all, newest first,
/// a page at a time: after the cursor (raised time, id) of the previous page's last alert.
/// </summary>
[GenerateSerializer, Immutable, Alias("alert-period-query")]
public sealed record AlertPeriodQuery(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] string? SiteId,
    [property: Id(3)] DateTimeOffset? BeforeRaisedAt,
    [property: Id(4)] string? BeforeAlertId,
    [property: Id(5)] int Limit)
{
    /// <summary>The position the page starts after: the cursor, or the period's end.</summary>
    public (DateTimeOffset At, string Id) Start => BeforeRaisedAt is { } at ? (at, BeforeAlertId ?? "") : (To, "");
}
