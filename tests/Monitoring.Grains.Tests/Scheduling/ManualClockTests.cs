using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Scheduling;

/// <summary>Advancing the manual clock runs every due evaluation at its own time, in time order.</summary>
[Collection(ScheduledCollection.Name)]
public sealed class ManualClockTests(ScheduledClusterFixture fixture)
{
    [Fact]
    public async Task Advance_RunsEachDueEvaluationAtItsTime_InOrder()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var guards = new[] { new GuardScenario(fixture), new GuardScenario(fixture), new GuardScenario(fixture) };
        for (var i = 0; i < guards.Length; i++)
        {
            await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(i));
            await guards[i].SendAsync(EventType.ShiftStart, t0.AddMinutes(i));
        }

        // Every test of this collection ends its shifts, so only these three guards are scheduled.
        var ran = await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(60));

        // 34 evaluations, and each guard's alert (raised at +30..+32, unanswered) escalates three times.
        Assert.Equal(12 + 11 + 11 + (3 * 3), ran);
        for (var i = 0; i < guards.Length; i++)
        {
            var state = await guards[i].Guard.GetAsync();
            Assert.Equal(t0.AddMinutes(i + (((60 - i) / 5) * 5)), state!.LastEvaluatedAt);
            var alert = Assert.Single(await guards[i].AlertsAsync());
            Assert.Equal(t0.AddMinutes(30 + i), alert.RaisedAt);
            Assert.Equal(alert.RaisedAt.AddMinutes(5), alert.SlaDueAt);
            Assert.Equal(3, alert.EscalationLevel);
            await guards[i].SendAsync(EventType.ShiftEnd, t0.AddMinutes(60));
        }
    }

    [Fact]
    public async Task OperatorResolvedAlert_GuardStillInactive_NoNewAlertUntilActiveAgain()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var guard = new GuardScenario(fixture);
        await guard.SendAsync(EventType.ShiftStart, t0);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(30));
        var alert = Assert.Single(await guard.AlertsAsync());

        var grain = fixture.Grains.GetGrain<IAlertGrain>($"{guard.Tenant}/{alert.AlertId}");
        var verify = new AlertAction(AlertActionKind.Verify, "op-1", null, VerificationMethod.Call, "no answer", null);
        Assert.Equal(ActionOutcome.Applied, (await grain.ActAsync(verify)).Outcome);
        Assert.Equal(ActionOutcome.Repeated, (await grain.ActAsync(verify)).Outcome);
        var resolve = new AlertAction(AlertActionKind.Resolve, "op-1", "asleep", null, null, Resolution.Confirmed);
        Assert.Equal(ActionOutcome.Applied, (await grain.ActAsync(resolve)).Outcome);
        var ack = new AlertAction(AlertActionKind.Acknowledge, "op-2", null, null, null, null);
        Assert.Equal(ActionOutcome.Conflict, (await grain.ActAsync(ack)).Outcome);

        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(50));
        Assert.Single(await guard.AlertsAsync());

        await guard.BeActiveAsync(t0.AddMinutes(52));
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(55));
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(90));
        var alerts = await guard.AlertsAsync();
        Assert.Equal(2, alerts.Length);
        Assert.Equal(AlertStatus.Active, alerts[0].Status);
        Assert.Equal(Resolution.Confirmed, alerts[1].Resolution);
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(90));
    }

    [Fact]
    public async Task DeclaredBreak_SuppressesAlert_UntilThirtyDutyMinutesPassAfterTheLimit()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var guard = new GuardScenario(fixture);
        await guard.SendAsync(EventType.ShiftStart, t0);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(24));
        await guard.SendAsync(EventType.BreakStart, t0.AddMinutes(24));

        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(50));
        var onBreak = await guard.Guard.GetAsync();
        Assert.True(onBreak!.OnBreak);
        Assert.True(onBreak.LastEvaluation!.IsInactive);
        Assert.Equal("on_break", onBreak.LastEvaluation.Suppressed);
        Assert.Empty(await guard.AlertsAsync());

        // The break's 30 minutes are not duty: 30 minutes of duty (24 before it, 6 after its limit) at t0+60.
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(55));
        Assert.Equal("window_filling", (await guard.Guard.GetAsync())!.LastEvaluation!.Suppressed);
        Assert.Empty(await guard.AlertsAsync());
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(60));
        var alert = Assert.Single(await guard.AlertsAsync());
        Assert.Equal(t0.AddMinutes(60), alert.RaisedAt);
        await guard.SendAsync(EventType.ShiftEnd, t0.AddMinutes(60));
    }
}
