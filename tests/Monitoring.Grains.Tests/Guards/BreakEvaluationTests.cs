using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Guards;

/// <summary>
/// After a declared break the guard is judged on the last 30 minutes of duty, reaching back past the
/// break; minutes beyond the 30-minute limit are duty again. Evaluations run every 5 minutes from the
/// shift start, driven by the manual clock.
/// </summary>
[Collection(ScheduledCollection.Name)]
public sealed class BreakEvaluationTests(ScheduledClusterFixture fixture)
{
    [Fact]
    public async Task BackFromQuietBreak_ActiveJustBefore_NotFlaggedAtTheNextEvaluations()
    {
        var (guard, t0) = await StartAsync();
        await ActiveAtAsync(guard, t0, 1, 10, 20, 30, 37);
        await BreakAsync(guard, t0, from: 40, to: 60);

        for (var at = 65; at <= 85; at += 5)
        {
            var state = await EvaluatedAsync(guard, t0.AddMinutes(at));
            Assert.Null(state.LastEvaluation!.Suppressed);
            Assert.False(state.LastEvaluation.IsInactive);
            Assert.Empty(state.ActiveAlerts);
        }

        await ActiveAtAsync(guard, t0, 86);
        Assert.Empty((await EvaluatedAsync(guard, t0.AddMinutes(110))).ActiveAlerts);
        Assert.Empty(await guard.AlertsAsync());
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(110));
    }

    [Fact]
    public async Task BackFromQuietBreak_ThirtyQuietDutyMinutes_Raises()
    {
        var (guard, t0) = await StartAsync();
        await ActiveAtAsync(guard, t0, 1, 10, 20, 30, 37);
        await BreakAsync(guard, t0, from: 40, to: 60);

        Assert.Empty((await EvaluatedAsync(guard, t0.AddMinutes(85))).ActiveAlerts);
        var state = await EvaluatedAsync(guard, t0.AddMinutes(90));

        Assert.True(state.LastEvaluation!.IsInactive);
        var alert = Assert.Single(await guard.AlertsAsync());
        Assert.Equal(t0.AddMinutes(90), alert.RaisedAt);
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(90));
    }

    [Fact]
    public async Task QuietBeforeTheBreak_StillCountsAfterIt()
    {
        var (guard, t0) = await StartAsync();
        await ActiveAtAsync(guard, t0, 1, 12);
        Assert.False((await EvaluatedAsync(guard, t0.AddMinutes(40))).LastEvaluation!.IsInactive);
        await BreakAsync(guard, t0, from: 40, to: 60);

        var state = await EvaluatedAsync(guard, t0.AddMinutes(65));

        Assert.True(state.LastEvaluation!.IsInactive);
        var alert = Assert.Single(await guard.AlertsAsync());
        Assert.Equal(t0.AddMinutes(65), alert.RaisedAt);
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(65));
    }

    [Fact]
    public async Task BreakOverTheLimit_ExtraMinutesCountAsDuty()
    {
        var (guard, t0) = await StartAsync();
        await ActiveAtAsync(guard, t0, 1, 10, 20, 30, 37);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(40));
        await guard.SendAsync(EventType.BreakStart, t0.AddMinutes(40));

        Assert.Equal("on_break", (await EvaluatedAsync(guard, t0.AddMinutes(65))).LastEvaluation!.Suppressed);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(85));
        await guard.SendAsync(EventType.BreakEnd, t0.AddMinutes(85));
        var back = await EvaluatedAsync(guard, t0.AddMinutes(95));
        Assert.Null(back.LastEvaluation!.Suppressed);
        Assert.Empty(back.ActiveAlerts);

        await EvaluatedAsync(guard, t0.AddMinutes(100));
        var alert = Assert.Single(await guard.AlertsAsync());
        Assert.Equal(t0.AddMinutes(100), alert.RaisedAt);
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(100));
    }

    private async Task<(GuardScenario Guard, DateTimeOffset T0)> StartAsync()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var guard = new GuardScenario(fixture);
        await guard.SendAsync(EventType.ShiftStart, t0);
        return (guard, t0);
    }

    private async Task ActiveAtAsync(GuardScenario guard, DateTimeOffset t0, params int[] minutes)
    {
        foreach (var minute in minutes)
        {
            await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(minute));
            await guard.BeActiveAsync(t0.AddMinutes(minute));
        }
    }

    private async Task BreakAsync(GuardScenario guard, DateTimeOffset t0, int from, int to)
    {
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(from));
        await guard.SendAsync(EventType.BreakStart, t0.AddMinutes(from));
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(to));
        await guard.SendAsync(EventType.BreakEnd, t0.AddMinutes(to));
    }

    private async Task<Contracts.Guards.GuardState> EvaluatedAsync(GuardScenario guard, DateTimeOffset at)
    {
        await fixture.Scheduler.AdvanceAsync(at);
        var state = await guard.Guard.GetAsync();
        Assert.Equal(at, state!.LastEvaluatedAt);
        return state;
    }
}
