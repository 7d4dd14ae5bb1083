using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Guards;

/// <summary>A guard grain that deactivates keeps its shift, window and evaluation schedule.</summary>
[Collection(ScheduledCollection.Name)]
public sealed class GuardPersistenceTests(ScheduledClusterFixture fixture)
{
    [Fact]
    public async Task Deactivation_KeepsShiftWindowAndSchedule()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var guard = new GuardScenario(fixture);
        await guard.SendAsync(EventType.ShiftStart, t0);
        await guard.BeActiveAsync(t0.AddMinutes(3));
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(4));
        var before = await guard.Guard.GetAsync();

        await fixture.Cluster.DeactivateAsync(guard.Guard);
        var after = await guard.Guard.GetAsync();

        Assert.True(after!.OnShift);
        Assert.Equal(before!.ShiftStartedAt, after.ShiftStartedAt);
        Assert.Equal(before.Window, after.Window);
        Assert.Equal(1, after.Window.PhoneEvents);
        Assert.True(after.Window.MovementM >= 100);
        Assert.Equal(t0.AddMinutes(5), after.NextEvaluationAt);

        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(5));
        Assert.Equal(t0.AddMinutes(5), (await guard.Guard.GetAsync())!.LastEvaluatedAt);
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(5));
    }
}
