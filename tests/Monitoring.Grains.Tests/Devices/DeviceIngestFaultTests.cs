using System.Collections.Immutable;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Devices;

/// <summary>
/// Apply and acknowledge agree: a device batch that fails (archive refusing, guard unreachable)
/// leaves the device as it was, so the client's unchanged retry counts as new; what the archive
/// already held counts as a duplicate; a sequence number far ahead is refused and not remembered.
/// </summary>
[Collection(HealthClusterCollection.Name)]
public sealed class DeviceIngestFaultTests(HealthClusterFixture fixture)
{
    [Fact]
    public async Task IngestAsync_ArchiveRefuses_NothingAppliedAndRetryCountsAsNew()
    {
        var guard = new GuardScenario(fixture);
        var device = Device(guard);
        var batch = Events(guard, 1, 3);
        fixture.IngestFaults.ArchiveDown(guard.Tenant, true);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await device.IngestAsync(batch));
        Assert.Null(await device.GetAsync());

        fixture.IngestFaults.ArchiveDown(guard.Tenant, false);
        var retry = await device.IngestAsync(batch);
        Assert.Equal((3, 0), (retry.Accepted, retry.Duplicates));
        Assert.Equal(3, (await device.GetAsync())!.LastSeq);
    }

    [Fact]
    public async Task IngestAsync_GuardUnreachable_DeviceForgetsBatchArchiveTakesItBackRetryCountsAsNew()
    {
        var guard = new GuardScenario(fixture);
        var device = Device(guard);
        Assert.Equal(1, (await device.IngestAsync(Events(guard, 1, 1, EventType.ShiftStart))).Accepted);
        var batch = Events(guard, 2, 3, EventType.Phone);
        var guardKey = GrainKeys.Compose(guard.Tenant, guard.GuardId);
        fixture.IngestFaults.GuardDown(guardKey, true);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await device.IngestAsync(batch));
        Assert.Equal([2L, 3L, 4L], fixture.IngestFaults.Removed.Where(r => r.Tenant == guard.Tenant).Select(r => r.Seq).Order());
        Assert.Equal(1, (await device.GetAsync())!.LastSeq);

        fixture.IngestFaults.GuardDown(guardKey, false);
        var retry = await device.IngestAsync(batch);
        Assert.Equal((3, 0), (retry.Accepted, retry.Duplicates));
        Assert.Equal(4, (await device.GetAsync())!.LastSeq);
    }

    [Fact]
    public async Task IngestAsync_ArchiveAlreadyHoldsEvents_CountedAsDuplicatesAndRemembered()
    {
        var guard = new GuardScenario(fixture);
        var device = Device(guard);
        fixture.IngestFaults.AlreadyArchived(guard.Tenant, 1);
        fixture.IngestFaults.AlreadyArchived(guard.Tenant, 2);

        var first = await device.IngestAsync(Events(guard, 1, 3));
        Assert.Equal((1, 2), (first.Accepted, first.Duplicates));

        var appended = fixture.IngestFaults.Appended.Count(a => a.Tenant == guard.Tenant);
        var again = await device.IngestAsync(Events(guard, 1, 3));
        Assert.Equal((0, 3), (again.Accepted, again.Duplicates));
        Assert.Equal(appended, fixture.IngestFaults.Appended.Count(a => a.Tenant == guard.Tenant));
    }

    [Fact]
    public async Task IngestAsync_SeqFarAheadOfHighest_RejectedNotArchivedNotRemembered()
    {
        var guard = new GuardScenario(fixture);
        var device = Device(guard);
        await device.IngestAsync(Events(guard, 1, 1));
        var forged = Events(guard, 10 + IngestLimits.DefaultMaxSeqAhead, 1).Add(Events(guard, 2, 1)[0]);

        var counts = await device.IngestAsync(forged);

        Assert.Equal((1, 0), (counts.Accepted, counts.Duplicates));
        var rejection = Assert.Single(counts.Rejected!);
        Assert.Equal((0, "seq"), (rejection.Position, rejection.Field));
        Assert.DoesNotContain(fixture.IngestFaults.Appended, a => a.Tenant == guard.Tenant && a.Seq > 2);
        Assert.Equal(2, (await device.GetAsync())!.LastSeq);
        Assert.Equal(1, (await device.IngestAsync(Events(guard, 3, 1))).Accepted);
    }

    private IDeviceGrain Device(GuardScenario guard) =>
        fixture.Grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(guard.Tenant, guard.DeviceId));

    private ImmutableArray<TelemetryEvent> Events(GuardScenario guard, long firstSeq, int count, EventType type = EventType.Heartbeat) =>
    [
        .. Enumerable.Range(0, count).Select(i => new TelemetryEvent
        {
            DeviceId = guard.DeviceId,
            Seq = firstSeq + i,
            Ts = fixture.Clock.GetUtcNow().AddSeconds(firstSeq + i),
            Type = type,
            GuardId = type == EventType.ShiftStart ? guard.GuardId : null,
            SiteId = type == EventType.ShiftStart ? guard.SiteId : null,
            Battery = 80,
        }),
    ];
}
