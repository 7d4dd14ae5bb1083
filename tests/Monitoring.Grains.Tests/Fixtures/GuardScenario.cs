using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>One guard with one phone in a fresh tenant, driven through the device grain as ingest does.</summary>
public sealed class GuardScenario(ClusterFixture fixture)
{
    private long _seq;

    public string Tenant { get; } = "t-" + Guid.NewGuid().ToString("N")[..8];
    public string GuardId { get; } = "g-" + Guid.NewGuid().ToString("N")[..8];
    public string DeviceId { get; } = "d-" + Guid.NewGuid().ToString("N")[..8];
    public string SiteId { get; } = "s-" + Guid.NewGuid().ToString("N")[..8];

    public IGuardGrain Guard => fixture.Grains.GetGrain<IGuardGrain>(GrainKeys.Compose(Tenant, GuardId));

    public ValueTask<IngestCounts> SendAsync(EventType type, DateTimeOffset at, double? lat = null, double? lon = null) =>
        fixture.Grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(Tenant, DeviceId)).IngestAsync(
        [
            new TelemetryEvent
            {
                DeviceId = DeviceId,
                Seq = ++_seq,
                Ts = at,
                Type = type,
                GuardId = type == EventType.ShiftStart ? GuardId : null,
                SiteId = type == EventType.ShiftStart ? SiteId : null,
                Lat = lat,
                Lon = lon,
                AccuracyM = lat is null ? null : 8,
            },
        ]);

    /// <summary>Every signal at once: phone, task, checkpoint and a fix 100 m further east each call.</summary>
    public async Task BeActiveAsync(DateTimeOffset at)
    {
        await SendAsync(EventType.Phone, at);
        await SendAsync(EventType.TaskCompleted, at);
        await SendAsync(EventType.Checkpoint, at);
        await SendAsync(EventType.Location, at.AddMinutes(-2), 48.85, 2.35);
        await SendAsync(EventType.Location, at, 48.85, 2.35 + (0.0014 * (1 + (_seq % 7))));
    }

    public async Task<ImmutableArray<Alert>> AlertsAsync() =>
        (await fixture.Grains.GetGrain<IAlertIndexGrain>(Tenant)
            .QueryAsync(new AlertQuery(null, null, null, null, GuardId, null, 100, null, null))).Items;

    /// <summary>Polls the guard until <paramref name="condition"/> holds, or fails after 15 seconds.</summary>
    public async Task<GuardState> WaitForAsync(Func<GuardState, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var state = await Guard.GetAsync();
            if (state is not null && condition(state))
            {
                return state;
            }

            Assert.True(DateTime.UtcNow < deadline, "The guard did not reach the expected state in time.");
            await Task.Delay(100);
        }
    }
}
