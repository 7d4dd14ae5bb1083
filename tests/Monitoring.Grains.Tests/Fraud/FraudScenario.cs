using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Fraud;
using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Telemetry;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Notifications;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>One guard with one phone at a fenced site (150 m) in a fresh tenant, as ingest drives it.</summary>
internal sealed class FraudScenario(ClusterFixture fixture)
{
    private const double SiteLat = 48.85;
    private const double SiteLon = 2.35;
    private long _seq;

    public string Tenant { get; } = "t-" + Guid.NewGuid().ToString("N")[..8];
    public string GuardId { get; } = "g-" + Guid.NewGuid().ToString("N")[..8];
    public string DeviceId { get; } = "d-" + Guid.NewGuid().ToString("N")[..8];
    public string SiteId { get; } = "s-" + Guid.NewGuid().ToString("N")[..8];

    public Task FenceSiteAsync() => fixture.Grains.GetGrain<ISiteGrain>(GrainKeys.Compose(Tenant, SiteId)).PutAsync(new Site
    {
        SiteId = SiteId, Name = "Depot", Lat = SiteLat, Lon = SiteLon, GeofenceRadiusM = 150, Configured = true,
    });

    /// <summary>
    /// A fix 30 km away, then a minute later <paramref name="type"/> 1 km east of the site: a teleport
    /// and an attendance event outside the fence, in one batch at the clock's time.
    /// </summary>
    public async Task TeleportThenAsync(EventType type)
    {
        var now = fixture.Clock.GetUtcNow();
        var far = GeoMath.Offset(SiteLat, SiteLon, 30_000, 0);
        var outside = GeoMath.Offset(SiteLat, SiteLon, 1_000, 90);
        await Device.IngestAsync(
        [
            Event(EventType.Location, now.AddMinutes(-1), far) with { GuardId = GuardId },
            Event(type, now, outside) with
            {
                GuardId = type == EventType.ShiftStart ? GuardId : null,
                SiteId = type == EventType.ShiftStart ? SiteId : null,
                Battery = 71,
                SignalDbm = -77,
            },
        ]);
    }

    /// <summary>An ordinary attendance event <paramref name="step"/> × 60 m east along the site, with a fix 10 s before it.</summary>
    public async Task WalkAsync(EventType type, DateTimeOffset at, int step)
    {
        var before = GeoMath.Offset(SiteLat, SiteLon, (step * 60 % 240) - 5, 90);
        var here = GeoMath.Offset(SiteLat, SiteLon, step * 60 % 240, 90);
        await Device.IngestAsync(
        [
            Event(EventType.Location, at.AddSeconds(-10), before),
            Event(type, at, here) with
            {
                GuardId = type == EventType.ShiftStart ? GuardId : null,
                SiteId = type == EventType.ShiftStart ? SiteId : null,
            },
        ]);
    }

    public async Task EndShiftAsync() =>
        await Device.IngestAsync([Event(EventType.ShiftEnd, fixture.Clock.GetUtcNow(), (SiteLat, SiteLon))]);

    public async Task<ImmutableArray<Alert>> FraudAlertsAsync() =>
        [.. (await fixture.Grains.GetGrain<IAlertIndexGrain>(Tenant)
            .QueryAsync(new AlertQuery(null, null, null, null, GuardId, null, 100, null, null))).Items
            .Where(a => a.Type == AlertTypeCatalog.FraudRisk)];

    public async Task<ImmutableArray<Ticket>> FraudTicketsAsync() =>
        [.. (await fixture.Grains.GetGrain<ITicketIndexGrain>(Tenant).QueryAsync(new TicketQuery(null, null, null, null, GuardId, null, null, 100)))
            .Where(t => t.Category == "fraud")];

    public Task<ImmutableArray<FraudScore>> LedgerAsync() =>
        fixture.FraudLedger.QueryAsync(Tenant, new FraudLedgerQuery(GuardId, null, DateTimeOffset.MinValue, 0, 100));

    public Task<AlertActionResult> ResolveAsync(string alertId, Resolution resolution) =>
        fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(Tenant, alertId))
            .ActAsync(new AlertAction(AlertActionKind.Resolve, "op-1", null, null, null, resolution));

    private IDeviceGrain Device => fixture.Grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(Tenant, DeviceId));

    private TelemetryEvent Event(EventType type, DateTimeOffset at, (double Lat, double Lon) position) => new()
    {
        DeviceId = DeviceId,
        Seq = ++_seq,
        Ts = at,
        Type = type,
        Lat = position.Lat,
        Lon = position.Lon,
        AccuracyM = 8,
    };
}
