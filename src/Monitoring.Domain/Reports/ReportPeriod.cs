namespace Monitoring.Domain.Reports;

/// <summary>
/// What a report covers: the alerts raised and incidents opened in [<see cref="From"/>, <see cref="To"/>),
/// of one site or (null) the whole tenant, judged at <see cref="GeneratedAt"/> (open alerts are counted as
/// they stand then).
/// </summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To, string? SiteId, DateTimeOffset GeneratedAt)
{
    /// <summary>The longest period a report covers.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(31);

    public bool Contains(DateTimeOffset at) => at >= From && at < To;
}
