using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;
using Monitoring.Domain.Incidents;

namespace Monitoring.Domain.Tests.Incidents;

public sealed class IncidentWorkflowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(IncidentPhase.Untouched, true, IncidentStatus.Open)]
    [InlineData(IncidentPhase.Untouched, false, IncidentStatus.Resolved)]
    [InlineData(IncidentPhase.Investigating, true, IncidentStatus.Investigating)]
    [InlineData(IncidentPhase.Investigating, false, IncidentStatus.Investigating)]
    [InlineData(IncidentPhase.Closed, true, IncidentStatus.Closed)]
    [InlineData(IncidentPhase.Closed, false, IncidentStatus.Closed)]
    public void Status_PhaseAndAlerts_OperatorsPhaseWinsOverAlerts(IncidentPhase phase, bool alertsOpen, IncidentStatus expected) =>
        Assert.Equal(expected, IncidentWorkflow.Status(phase, alertsOpen));

    [Fact]
    public void Act_OpenInvestigateNoteRootCauseClose_WalksTheLifecycle()
    {
        var work = IncidentCase.Untouched;
        work = Applied(work, Investigate("ann", "bob"), 1);
        Assert.Equal(IncidentPhase.Investigating, work.Phase);
        Assert.Equal("bob", work.Assignee);
        Assert.Equal(T0.AddMinutes(1), work.InvestigatingSince);

        work = Applied(work, new IncidentAction(IncidentActionKind.Note, "bob", "called the guard", null), 2);
        work = Applied(work, new IncidentAction(IncidentActionKind.RootCause, "bob", "phone left in locker", null), 3);
        work = Applied(work, Close("bob", Resolution.FalsePositive), 4);

        Assert.Equal(IncidentPhase.Closed, work.Phase);
        Assert.Equal("phone left in locker", work.RootCause);
        Assert.Equal(T0.AddMinutes(4), work.ClosedAt);
        Assert.Equal("bob", work.ClosedBy);
        Assert.Equal(Resolution.FalsePositive, work.Resolution);
        Assert.Equal(
            [IncidentActionKind.Investigate, IncidentActionKind.Note, IncidentActionKind.RootCause, IncidentActionKind.Close],
            work.History.Select(e => e.Action));
    }

    [Fact]
    public void Act_NotesAndRootCauseBeforeInvestigating_AllowedAndStatusStaysWithAlerts()
    {
        var work = Applied(IncidentCase.Untouched, new IncidentAction(IncidentActionKind.Note, "ann", "looking", null), 1);
        work = Applied(work, new IncidentAction(IncidentActionKind.RootCause, "ann", "storm", null), 2);

        Assert.Equal(IncidentPhase.Untouched, work.Phase);
        Assert.Equal(IncidentStatus.Open, IncidentWorkflow.Status(work.Phase, alertsOpen: true));
    }

    [Fact]
    public void Act_CloseFromUntouched_Allowed()
    {
        var work = Applied(IncidentCase.Untouched, Close("ann", Resolution.Resolved), 1);

        Assert.Equal(IncidentPhase.Closed, work.Phase);
    }

    [Theory]
    [InlineData(IncidentActionKind.Investigate, "carl")]
    [InlineData(IncidentActionKind.RootCause, "other cause")]
    [InlineData(IncidentActionKind.Note, "late note")]
    public void Decide_AnyOtherActionOnClosed_Conflict(IncidentActionKind kind, string text)
    {
        var closed = Applied(IncidentCase.Untouched, Close("ann", Resolution.Confirmed), 1);

        Assert.Equal(IncidentOutcome.Conflict, IncidentWorkflow.Decide(closed, new IncidentAction(kind, "ann", text, null)));
    }

    [Fact]
    public void Decide_CloseAgainWithAnotherBody_Conflict()
    {
        var closed = Applied(IncidentCase.Untouched, Close("ann", Resolution.Confirmed), 1);

        Assert.Equal(IncidentOutcome.Conflict, IncidentWorkflow.Decide(closed, Close("ann", Resolution.FalsePositive)));
        Assert.Equal(IncidentOutcome.Conflict, IncidentWorkflow.Decide(closed, Close("bob", Resolution.Confirmed)));
    }

    [Fact]
    public void Act_SameCloseRepeated_RepeatedAndNothingChanges()
    {
        var closed = Applied(IncidentCase.Untouched, Close("ann", Resolution.Confirmed), 1);

        var (outcome, after) = IncidentWorkflow.Act(closed, Close("ann", Resolution.Confirmed), T0.AddMinutes(9));

        Assert.Equal(IncidentOutcome.Repeated, outcome);
        Assert.Same(closed, after);
        Assert.Equal(T0.AddMinutes(1), after.ClosedAt);
    }

    [Fact]
    public void Act_SameNoteTwiceInARow_SecondIsRepeated()
    {
        var note = new IncidentAction(IncidentActionKind.Note, "ann", "checked gate", null);
        var work = Applied(IncidentCase.Untouched, note, 1);

        Assert.Equal(IncidentOutcome.Repeated, IncidentWorkflow.Act(work, note, T0.AddMinutes(2)).Outcome);
        Assert.Single(work.History);
    }

    [Fact]
    public void Act_SameTextByAnotherOperator_IsANewNote()
    {
        var work = Applied(IncidentCase.Untouched, new IncidentAction(IncidentActionKind.Note, "ann", "checked gate", null), 1);
        work = Applied(work, new IncidentAction(IncidentActionKind.Note, "bob", "checked gate", null), 2);

        Assert.Equal(2, work.History.Count);
    }

    [Fact]
    public void Act_InvestigateWithAnotherAssignee_HandsOverAndKeepsFirstStart()
    {
        var work = Applied(IncidentCase.Untouched, Investigate("ann", "bob"), 1);
        work = Applied(work, Investigate("ann", "carl"), 2);
        work = Applied(work, Investigate("ann", "bob"), 3);

        Assert.Equal("bob", work.Assignee);
        Assert.Equal(T0.AddMinutes(1), work.InvestigatingSince);
        Assert.Equal(3, work.History.Count);
    }

    [Fact]
    public void Decide_InvestigateSameAssigneeByAnotherOperator_RepeatedBecauseItAlreadyStands()
    {
        var work = Applied(IncidentCase.Untouched, Investigate("ann", "bob"), 1);

        Assert.Equal(IncidentOutcome.Repeated, IncidentWorkflow.Decide(work, Investigate("carl", "bob")));
    }

    [Fact]
    public void Decide_SameRootCauseAgain_Repeated_AnotherCause_Replaces()
    {
        var work = Applied(IncidentCase.Untouched, new IncidentAction(IncidentActionKind.RootCause, "ann", "storm", null), 1);

        Assert.Equal(IncidentOutcome.Repeated, IncidentWorkflow.Decide(work, new IncidentAction(IncidentActionKind.RootCause, "bob", "storm", null)));
        work = Applied(work, new IncidentAction(IncidentActionKind.RootCause, "bob", "power cut", null), 2);
        Assert.Equal("power cut", work.RootCause);
    }

    [Fact]
    public void Decide_HistoryFull_NotesRefusedButCloseAllowed()
    {
        var work = IncidentCase.Untouched;
        for (var i = 0; i < IncidentLimits.MaxHistory; i++)
        {
            work = work.With(new IncidentEntry(IncidentActionKind.Note, "ann", T0, $"n{i}", null));
        }

        Assert.Equal(IncidentOutcome.Full, IncidentWorkflow.Decide(work, new IncidentAction(IncidentActionKind.Note, "ann", "one more", null)));
        Assert.Equal(IncidentOutcome.Applied, IncidentWorkflow.Decide(work, Close("ann", Resolution.Resolved)));
    }

    [Fact]
    public void Replay_StoredHistory_RebuildsTheSameCase()
    {
        var work = Applied(IncidentCase.Untouched, Investigate("ann", "bob"), 1);
        work = Applied(work, new IncidentAction(IncidentActionKind.RootCause, "bob", "storm", null), 2);
        work = Applied(work, Close("bob", Resolution.Confirmed), 3);

        var replayed = IncidentCase.Replay(work.History);

        Assert.Equal(work.Phase, replayed.Phase);
        Assert.Equal(work.Assignee, replayed.Assignee);
        Assert.Equal(work.RootCause, replayed.RootCause);
        Assert.Equal(work.ClosedAt, replayed.ClosedAt);
        Assert.Equal(work.Resolution, replayed.Resolution);
        Assert.Equal(work.History, replayed.History);
    }

    private static IncidentCase Applied(IncidentCase work, IncidentAction action, int minute)
    {
        var (outcome, after) = IncidentWorkflow.Act(work, action, T0.AddMinutes(minute));
        Assert.Equal(IncidentOutcome.Applied, outcome);
        return after;
    }

    private static IncidentAction Investigate(string by, string assignee) => new(IncidentActionKind.Investigate, by, assignee, null);

    private static IncidentAction Close(string by, Resolution resolution) => new(IncidentActionKind.Close, by, null, resolution);
}
