using Monitoring.Domain.Tickets;

namespace Monitoring.Domain.Tests.Tickets;

public sealed class TicketWorkflowTests
{
    public static TheoryData<TicketStatus, TicketStatus, TicketStatus?> Transitions => new()
    {
        { TicketStatus.New, TicketStatus.New, null },
        { TicketStatus.New, TicketStatus.Assigned, TicketStatus.Assigned },
        { TicketStatus.New, TicketStatus.InProgress, null },
        { TicketStatus.New, TicketStatus.Resolved, null },
        { TicketStatus.New, TicketStatus.Closed, null },
        { TicketStatus.Assigned, TicketStatus.New, null },
        { TicketStatus.Assigned, TicketStatus.Assigned, TicketStatus.Assigned },
        { TicketStatus.Assigned, TicketStatus.InProgress, TicketStatus.InProgress },
        { TicketStatus.Assigned, TicketStatus.Resolved, null },
        { TicketStatus.Assigned, TicketStatus.Closed, null },
        { TicketStatus.InProgress, TicketStatus.New, null },
        { TicketStatus.InProgress, TicketStatus.Assigned, null },
        { TicketStatus.InProgress, TicketStatus.InProgress, null },
        { TicketStatus.InProgress, TicketStatus.Resolved, TicketStatus.Resolved },
        { TicketStatus.InProgress, TicketStatus.Closed, null },
        { TicketStatus.Resolved, TicketStatus.New, null },
        { TicketStatus.Resolved, TicketStatus.Assigned, null },
        { TicketStatus.Resolved, TicketStatus.InProgress, null },
        { TicketStatus.Resolved, TicketStatus.Resolved, null },
        { TicketStatus.Resolved, TicketStatus.Closed, TicketStatus.Closed },
        { TicketStatus.Closed, TicketStatus.New, null },
        { TicketStatus.Closed, TicketStatus.Assigned, null },
        { TicketStatus.Closed, TicketStatus.InProgress, null },
        { TicketStatus.Closed, TicketStatus.Resolved, null },
        { TicketStatus.Closed, TicketStatus.Closed, null },
    };

    [Fact]
    public void Transitions_Table_CoversEveryStatusPair()
    {
        var pairs = Transitions.Select(row => ((TicketStatus)row[0], (TicketStatus)row[1])).ToHashSet();
        var expected = Enum.GetValues<TicketStatus>().SelectMany(_ => Enum.GetValues<TicketStatus>(), (from, to) => (from, to));

        Assert.Equal(Transitions.Count(), pairs.Count);
        Assert.True(pairs.SetEquals(expected));
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Next_EveryStatusPair_FollowsWorkflow(TicketStatus current, TicketStatus to, TicketStatus? expected) =>
        Assert.Equal(expected, TicketWorkflow.Next(current, to));

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Check_EveryStatusPairWithValidBody_AllowedExactlyWhenLegal(TicketStatus current, TicketStatus to, TicketStatus? expected)
    {
        var assignee = to == TicketStatus.Assigned ? "tech-1" : null;

        var check = TicketWorkflow.Check(current, to, assignee);

        Assert.Equal(expected is null ? TicketTransitionCheck.Conflict : TicketTransitionCheck.Allowed, check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_AssignWithoutAssignee_AssigneeRequired(string? assignee) =>
        Assert.Equal(TicketTransitionCheck.AssigneeRequired, TicketWorkflow.Check(TicketStatus.New, TicketStatus.Assigned, assignee));

    [Theory]
    [InlineData(TicketStatus.Assigned, TicketStatus.InProgress)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Resolved)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed)]
    public void Check_AssigneeOnOtherMove_AssigneeNotAllowed(TicketStatus current, TicketStatus to) =>
        Assert.Equal(TicketTransitionCheck.AssigneeNotAllowed, TicketWorkflow.Check(current, to, "tech-1"));

    [Fact]
    public void Check_BlankAssigneeOnOtherMove_IgnoredAsNone() =>
        Assert.Equal(TicketTransitionCheck.Allowed, TicketWorkflow.Check(TicketStatus.Assigned, TicketStatus.InProgress, " "));

    [Fact]
    public void Check_AssignClosedTicketWithoutAssignee_BadRequestBeforeConflict() =>
        Assert.Equal(TicketTransitionCheck.AssigneeRequired, TicketWorkflow.Check(TicketStatus.Closed, TicketStatus.Assigned, null));

    [Fact]
    public void Check_ReassignBeforeWorkStarts_Allowed() =>
        Assert.Equal(TicketTransitionCheck.Allowed, TicketWorkflow.Check(TicketStatus.Assigned, TicketStatus.Assigned, "tech-2"));

    [Theory]
    [InlineData(TicketStatus.New, true)]
    [InlineData(TicketStatus.Assigned, true)]
    [InlineData(TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.Resolved, false)]
    [InlineData(TicketStatus.Closed, false)]
    public void IsOpen_EachStatus_OpenUntilResolved(TicketStatus status, bool open) =>
        Assert.Equal(open, TicketWorkflow.IsOpen(status));
}
