using Monitoring.Contracts.Devices;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Devices;

/// <summary>
/// A device's offline wake-up lives in its silo's memory. When the silo dies the device grain is
/// gone with its timer, and a device that has gone silent sends nothing to wake it: the guard's
/// durable evaluation must notice for it.
/// </summary>
[Collection(HealthClusterCollection.Name)]
public sealed class OfflineBackstopTests(HealthClusterFixture fixture)
{
    [Fact]
    public async Task DeviceWakeUpLost_GuardsNextEvaluationRestoresIt_OfflineRaisedOnTime()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var guard = new GuardScenario(fixture);
        await guard.SendAsync(EventType.ShiftStart, t0);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(2));
        await guard.BeActiveAsync(t0.AddMinutes(2));
        var device = fixture.Grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(guard.Tenant, guard.DeviceId));

        // What a silo crash takes away: the activation and its pending wake-up.
        await fixture.Cluster.DeactivateAsync(device);
        fixture.Scheduler.Cancel(device.GetGrainId(), DeviceGrain.HealthJob);

        // Last heard at t0+2: offline from t0+12. Nothing of the device's own is left to wake it; the
        // guard's evaluation at t0+5 brings it back, and it sets its wake-up again, so the alert
        // comes on time.
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(11));
        Assert.DoesNotContain(await guard.AlertsAsync(), a => a.Type == "device_offline");

        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(12));
        var offline = Assert.Single(await guard.AlertsAsync(), a => a.Type == "device_offline");
        Assert.Equal(t0.AddMinutes(12), offline.RaisedAt);
        Assert.Equal(guard.DeviceId, offline.DeviceId);
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(15));
    }
}
