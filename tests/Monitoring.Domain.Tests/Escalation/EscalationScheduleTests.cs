using Monitoring.Domain.Alerts;
using Monitoring.Domain.Escalation;

namespace Monitoring.Domain.Tests.Escalation;

public sealed class EscalationScheduleTests
{
    private static readonly DateTimeOffset RaisedAt = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly EscalationPolicy FiveMinutes = new(TimeSpan.FromMinutes(5));
    private static readonly DateTimeOffset SlaDueAt = FiveMinutes.SlaDueAt(RaisedAt);

    [Fact]
    public void Next_BeforeSlaDue_NothingAndDueAtSla()
    {
        var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, 0, At(4, 59), FiveMinutes);

        Assert.False(decision.Escalated);
        Assert.Equal(0, decision.Level);
        Assert.Equal(At(5), decision.NextDueAt);
    }

    [Theory]
    [InlineData(0, 5, 1, "site_supervisor", 10)]
    [InlineData(1, 10, 2, "noc_lead", 15)]
    [InlineData(2, 15, 3, "duty_manager", null)]
    public void Next_AtExactDueTime_RaisesOneLevel(int current, int minute, int level, string tier, int? nextMinute)
    {
        var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, current, At(minute), FiveMinutes);

        Assert.Equal(level, decision.Level);
        Assert.Equal([new EscalationStep(level, tier, At(minute))], decision.Steps);
        Assert.Equal(nextMinute is { } m ? At(m) : (DateTimeOffset?)null, decision.NextDueAt);
    }

    [Fact]
    public void Next_TimerFollowingNextDueAt_EscalatesAtFiveTenFifteenThenStops()
    {
        var level = 0;
        var reached = new List<(int Level, DateTimeOffset At)>();
        DateTimeOffset? wake = RaisedAt;
        while (wake is { } now && now <= At(120))
        {
            var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, level, now, FiveMinutes);
            reached.AddRange(decision.Steps.Select(s => (s.Level, now)));
            level = decision.Level;
            wake = decision.NextDueAt;
        }

        Assert.Equal([(1, At(5)), (2, At(10)), (3, At(15))], reached);
        Assert.Null(wake);
    }

    [Fact]
    public void Next_AtMaxLevel_NeverEscalatesAgain()
    {
        var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, 3, At(600), FiveMinutes);

        Assert.False(decision.Escalated);
        Assert.Equal(3, decision.Level);
        Assert.Null(decision.NextDueAt);
    }

    [Fact]
    public void Next_SkippedTimer_CatchesUpEveryLevelInOrder()
    {
        var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, 0, At(12), FiveMinutes);

        Assert.Equal(2, decision.Level);
        Assert.Equal([new EscalationStep(1, "site_supervisor", At(5)), new EscalationStep(2, "noc_lead", At(10))], decision.Steps);
        Assert.Equal(At(15), decision.NextDueAt);
    }

    [Fact]
    public void Next_RepeatedTickAfterEscalating_ChangesNothing()
    {
        var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, 1, At(5), FiveMinutes);

        Assert.False(decision.Escalated);
        Assert.Equal(1, decision.Level);
        Assert.Equal(At(10), decision.NextDueAt);
    }

    [Theory]
    [InlineData(AlertStatus.Acknowledged)]
    [InlineData(AlertStatus.Verifying)]
    public void Next_AcknowledgedAfterFirstLevel_StopsEscalating(AlertStatus owned)
    {
        var decision = EscalationSchedule.Next(owned, SlaDueAt, 1, At(30), FiveMinutes);

        Assert.False(decision.Escalated);
        Assert.Equal(1, decision.Level);
        Assert.Null(decision.NextDueAt);
        Assert.Null(EscalationSchedule.NextStep(owned, SlaDueAt, 1, FiveMinutes));
    }

    [Fact]
    public void Next_ResolvedAlert_NeverEscalates()
    {
        var decision = EscalationSchedule.Next(AlertStatus.Resolved, SlaDueAt, 0, At(60), FiveMinutes);

        Assert.False(decision.Escalated);
        Assert.Equal(0, decision.Level);
        Assert.Null(decision.NextDueAt);
    }

    [Fact]
    public void Next_MoreLevelsThanTiers_StaysOnLastTier()
    {
        var policy = new EscalationPolicy(TimeSpan.FromMinutes(5), ["supervisor", "manager"], maxLevels: 4);

        var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, 0, At(60), policy);

        Assert.Equal(["supervisor", "manager", "manager", "manager"], decision.Steps.Select(s => s.Tier));
        Assert.Equal([At(5), At(10), At(15), At(20)], decision.Steps.Select(s => s.DueAt));
        Assert.Null(decision.NextDueAt);
    }

    [Fact]
    public void Next_ZeroMaxLevels_NeverEscalates()
    {
        var decision = EscalationSchedule.Next(AlertStatus.Active, SlaDueAt, 0, At(60), new EscalationPolicy(TimeSpan.FromMinutes(5), maxLevels: 0));

        Assert.False(decision.Escalated);
        Assert.Null(decision.NextDueAt);
    }

    [Fact]
    public void NextStep_ActiveAlert_GivesLevelTierAndDueTime()
    {
        Assert.Equal(new EscalationStep(2, "noc_lead", At(10)), EscalationSchedule.NextStep(AlertStatus.Active, SlaDueAt, 1, FiveMinutes));
    }

    private static DateTimeOffset At(int minutes, int seconds = 0) => RaisedAt + new TimeSpan(0, minutes, seconds);
}
