using Microsoft.Extensions.Logging.Abstractions;
using Monitoring.Contracts.Devices;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Scheduling;

/// <summary>
/// On the system clock the scheduler keeps only wake-ups, and its own loop calls each grain when its
/// wake-up falls due (grains keep no timer of their own).
/// </summary>
[Collection(HealthClusterCollection.Name)]
public sealed class SystemClockWakeUpTests(HealthClusterFixture fixture)
{
    [Fact]
    public async Task WakeUp_FallsDue_TheLoopCallsTheGrain()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var guard = new GuardScenario(fixture);
        await guard.SendAsync(EventType.ShiftStart, t0);
        var device = fixture.Grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(guard.Tenant, guard.DeviceId));

        // The cluster's own wake-up is taken away; past the offline threshold only a wake-up can notice.
        fixture.Scheduler.Cancel(device.GetGrainId(), DeviceGrain.HealthJob);
        fixture.Clock.Set(t0.AddMinutes(11));
        Assert.DoesNotContain(await guard.AlertsAsync(), a => a.Type == "device_offline");

        var system = new DueWorkScheduler(new MonitoringClock(manual: false), fixture.Grains, NullLogger<DueWorkScheduler>.Instance);
        await system.StartAsync(CancellationToken.None);
        try
        {
            system.WakeUp(device.GetGrainId(), DeviceGrain.HealthJob, DateTimeOffset.UtcNow.AddMilliseconds(300));
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!(await guard.AlertsAsync()).Any(a => a.Type == "device_offline") && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Contains(await guard.AlertsAsync(), a => a.Type == "device_offline");
        }
        finally
        {
            await system.StopAsync(CancellationToken.None);
            await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(11));
        }
    }
}
