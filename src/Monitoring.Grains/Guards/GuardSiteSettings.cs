using Monitoring.Contracts.Sites;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Time;

namespace Monitoring.Grains.Guards;

/// <summary>What the guard takes from its site's settings: the inactivity threshold and the time zone, with the silo's defaults.</summary>
internal static class GuardSiteSettings
{
    public static decimal ThresholdOf(Site? site, InactivitySettings settings) =>
        site?.InactivityThreshold is { } t ? (decimal)t : settings.Threshold;

    public static TimeZoneInfo ZoneOf(Site? site) =>
        site is not null && SiteClock.TryFindZone(site.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
