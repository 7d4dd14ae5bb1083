using Monitoring.Contracts.Sites;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using Monitoring.Domain.Time;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's site as the guard last read it: its settings, the geofence they draw, and the
/// standing this activation last told the site. One per guard; it holds the only copy of the site's
/// settings the guard and its rule set keep.
/// </summary>
internal sealed class GuardSite
{
    // The standing last told (0: none yet this activation). The site writes every change before it
    // answers, so it keeps what it was told and an unchanged standing need not be told again.
    private byte _told;
    private double? _toldScore;

    /// <summary>The settings last read, or null before the first read or without a site.</summary>
    public Site? Settings { get; private set; }

    /// <summary>The site's geofence, when its settings draw one.</summary>
    public Geofence? Fence { get; private set; }

    /// <summary>The site's time zone (UTC when it names none or one this machine does not know).</summary>
    public TimeZoneInfo Zone => Settings is not null && SiteClock.TryFindZone(Settings.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The site's inactivity threshold, or the silo's default.</summary>
    public decimal ThresholdOr(InactivitySettings settings) =>
        Settings?.InactivityThreshold is { } t ? (decimal)t : settings.Threshold;

    /// <summary>Reads the settings afresh (a read: the site writes nothing), so an admin's change applies from here on.</summary>
    public async ValueTask ReadAsync(IGrainFactory grains, string tenant, string? siteId) =>
        Take(siteId is null ? null : await Site(grains, tenant, siteId).GetSettingsAsync());

    /// <summary>Reads the settings when none were read yet.</summary>
    public ValueTask EnsureReadAsync(IGrainFactory grains, string tenant, string? siteId) =>
        Settings is null ? ReadAsync(grains, tenant, siteId) : ValueTask.CompletedTask;

    /// <summary>Tells the site the guard's standing, when this activation has not told it so already.</summary>
    public async ValueTask ReportAsync(IGrainFactory grains, string tenant, string? siteId, string guardId, bool onShift, bool isInactive)
    {
        var standing = (byte)(1 + (onShift ? 1 : 0) + (isInactive ? 2 : 0));
        if (siteId is not null && standing != _told)
        {
            Take(await Site(grains, tenant, siteId).ReportGuardAsync(guardId, onShift, isInactive));
            (_told, _toldScore) = (standing, null); // the site forgets the score of a shift that starts or ends
        }
    }

    /// <summary>
    /// After an evaluation: tells the site the standing and the score (null when no alert may be
    /// raised yet), when either differs from what this activation told it last. One call per guard
    /// per evaluation at most; the site keeps the score in memory for its worst guard.
    /// </summary>
    public async ValueTask ReportEvaluationAsync(IGrainFactory grains, string tenant, string? siteId, string guardId, bool isInactive, double? score)
    {
        var standing = (byte)(2 + (isInactive ? 2 : 0));
        if (siteId is not null && (standing != _told || score != _toldScore))
        {
            Take(await Site(grains, tenant, siteId).ReportEvaluationAsync(guardId, onShift: true, isInactive, score));
            (_told, _toldScore) = (standing, score);
        }
    }

    /// <summary>The guard, on shift, starts at another site: the old one hears it left, the new one that it came.</summary>
    public async ValueTask MoveAsync(IGrainFactory grains, string tenant, GuardSnapshot guard, string siteId, string guardId)
    {
        await ReportAsync(grains, tenant, guard.SiteId, guardId, onShift: false, isInactive: false);
        guard.SiteId = siteId;
        await ReportAsync(grains, tenant, siteId, guardId, onShift: true, isInactive: false);
    }

    private void Take(Site? settings)
    {
        if (!Equals(settings, Settings))
        {
            Settings = settings;
            Fence = settings is { Lat: { } lat, Lon: { } lon, GeofenceRadiusM: { } radius } ? new Geofence(lat, lon, radius) : null;
        }
    }

    private static ISiteGrain Site(IGrainFactory grains, string tenant, string siteId) =>
        grains.GetGrain<ISiteGrain>(GrainKeys.Compose(tenant, siteId));
}
