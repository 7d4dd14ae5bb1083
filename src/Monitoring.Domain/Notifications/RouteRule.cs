using Monitoring.Domain.Alerts;
using Monitoring.Domain.Time;

namespace Monitoring.Domain.Notifications;

/// <summary>
/// A route as routing reads it: every set matcher must hold (an empty set matches everything), the
/// hours are site-local with the end exclusive and wrap past midnight when the end is before the start.
/// </summary>
public sealed record RouteRule(
    string RouteId,
    IReadOnlyCollection<string> SiteIds,
    IReadOnlyCollection<string> Types,
    IReadOnlyCollection<Severity> Severities,
    TimeSpan? HoursFrom,
    TimeSpan? HoursTo,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Tiers,
    GroupTimings Timings)
{
    public bool Matches(NoticeAlert alert, DateTimeOffset now, TimeZoneInfo zone) =>
        (SiteIds.Count == 0 || SiteIds.Contains(alert.SiteId))
        && (Types.Count == 0 || Types.Contains(alert.Type))
        && (Severities.Count == 0 || Severities.Contains(alert.Severity))
        && (HoursFrom is not { } from || HoursTo is not { } to || from == to || SiteClock.IsBetween(now, zone, from, to));

    /// <summary>The contacts at <paramref name="tier"/> (none when the route has no such tier).</summary>
    public IReadOnlyList<string> ContactsAt(int tier) => Tiers.TryGetValue(tier, out var contacts) ? contacts : [];
}
