using Monitoring.Domain.Alerts;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Guards;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Guards;

/// <summary>
/// Evaluations fired by the real Orleans reminder: the manual clock is moved directly (never
/// through the scheduler), so only a reminder tick can have run the evaluation.
/// </summary>
[Collection(ReminderCollection.Name)]
public sealed class ReminderEvaluationTests(ReminderClusterFixture fixture)
{
    [Fact]
    public async Task ShiftStart_RegistersReminder_AndShiftEndRemovesIt()
    {
        var guard = new GuardScenario(fixture);
        var t0 = fixture.Clock.GetUtcNow();

        await guard.SendAsync(EventType.ShiftStart, t0);
        Assert.Equal([GuardGrain.EvaluateJob], await guard.Guard.GetReminderNamesAsync());

        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(1));
        Assert.Empty(await guard.Guard.GetReminderNamesAsync());
    }

    [Fact]
    public async Task ReminderTick_EvaluatesInactiveGuard_RaisesOneAlert_ThenSelfClears()
    {
        var guard = new GuardScenario(fixture);
        var t0 = fixture.Clock.GetUtcNow();
        await guard.SendAsync(EventType.ShiftStart, t0);

        var first = t0.AddMinutes(40);
        fixture.Clock.Set(first);
        var state = await guard.WaitForAsync(s => s.LastEvaluatedAt == first);
        Assert.True(state.IsInactive);
        Assert.Equal(1, state.ConsecutiveInactiveWindows);
        var alert = Assert.Single(state.ActiveAlerts);
        Assert.Equal("inactivity", alert.Type);
        Assert.Equal(Severity.Critical, alert.Severity);

        for (var i = 1; i <= 3; i++)
        {
            var at = first.AddMinutes(i);
            fixture.Clock.Set(at);
            state = await guard.WaitForAsync(s => s.LastEvaluatedAt == at);
        }

        Assert.Equal(4, state.ConsecutiveInactiveWindows);
        Assert.Single(await guard.AlertsAsync());

        var resumed = first.AddMinutes(4);
        await guard.BeActiveAsync(resumed);
        var after = resumed.AddMinutes(1);
        fixture.Clock.Set(after);
        state = await guard.WaitForAsync(s => s.LastEvaluatedAt == after);

        Assert.False(state.IsInactive);
        Assert.Empty(state.ActiveAlerts);
        var cleared = Assert.Single(await guard.AlertsAsync());
        Assert.Equal(AlertStatus.Resolved, cleared.Status);
        Assert.Equal(Resolution.Cleared, cleared.Resolution);
        Assert.Equal("system", cleared.ResolvedBy);
    }
}
