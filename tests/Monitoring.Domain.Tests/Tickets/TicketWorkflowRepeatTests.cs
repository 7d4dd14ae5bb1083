using Monitoring.Domain.Tickets;

namespace Monitoring.Domain.Tests.Tickets;

public sealed class TicketWorkflowRepeatTests
{
    [Fact]
    public void Decide_SameRequestAfterApplied_RepeatedNotConflict()
    {
        var status = TicketStatus.New;
        var applied = new List<string>();

        var first = Apply(ref status, applied, TicketStatus.Assigned, "op-1", "tech-1");
        var retry = Apply(ref status, applied, TicketStatus.Assigned, "op-1", "tech-1");

        Assert.Equal(TicketTransitionCheck.Allowed, first);
        Assert.Equal(TicketTransitionCheck.Repeated, retry);
        Assert.Single(applied);
        Assert.Equal(TicketStatus.Assigned, status);
    }

    [Fact]
    public void Decide_RetryOfEarlierMoveAfterTicketMovedOn_StillRepeated()
    {
        var status = TicketStatus.Assigned;
        var applied = new List<string>();
        Apply(ref status, applied, TicketStatus.InProgress, "op-1", null);
        Apply(ref status, applied, TicketStatus.Resolved, "op-1", null);

        var retry = TicketWorkflow.Decide(status, TicketStatus.InProgress, "op-1", null, applied);

        Assert.Equal(TicketTransitionCheck.Repeated, retry);
        Assert.Equal(TicketStatus.Resolved, status);
    }

    [Fact]
    public void Decide_SameMoveOtherBody_NotARepeat()
    {
        var status = TicketStatus.Assigned;
        var applied = new List<string>();
        Apply(ref status, applied, TicketStatus.InProgress, "op-1", null);

        Assert.Equal(TicketTransitionCheck.Conflict, TicketWorkflow.Decide(status, TicketStatus.InProgress, "op-2", null, applied));
    }

    [Fact]
    public void Decide_FullLifecycle_EndsClosed()
    {
        var status = TicketStatus.New;
        var applied = new List<string>();

        Assert.Equal(TicketTransitionCheck.Allowed, Apply(ref status, applied, TicketStatus.Assigned, "op-1", "tech-1"));
        Assert.Equal(TicketTransitionCheck.Allowed, Apply(ref status, applied, TicketStatus.Assigned, "op-1", "tech-2"));
        Assert.Equal(TicketTransitionCheck.Allowed, Apply(ref status, applied, TicketStatus.InProgress, "tech-2", null));
        Assert.Equal(TicketTransitionCheck.Allowed, Apply(ref status, applied, TicketStatus.Resolved, "tech-2", null));
        Assert.Equal(TicketTransitionCheck.Allowed, Apply(ref status, applied, TicketStatus.Closed, "op-1", null));
        Assert.Equal(TicketStatus.Closed, status);
    }

    [Fact]
    public void Fingerprint_PlainBody_IsReadable() =>
        Assert.Equal("Transition|Assigned|op-1|tech-1", TicketWorkflow.Fingerprint(TicketStatus.Assigned, "op-1", "tech-1"));

    public static TheoryData<TicketStatus, string?, string?, TicketStatus, string?, string?> DifferentRequests => new()
    {
        { TicketStatus.Resolved, "op-1", null, TicketStatus.Closed, "op-1", null },
        { TicketStatus.Assigned, "op-1", "tech-1", TicketStatus.Assigned, "op-1", "tech-2" },
        { TicketStatus.Assigned, "op-1", "tech-1", TicketStatus.Assigned, "op-2", "tech-1" },
        { TicketStatus.Closed, "op-1", null, TicketStatus.Closed, "op-1", "" },
        { TicketStatus.Assigned, "a|b", "c", TicketStatus.Assigned, "a", "b|c" },
        { TicketStatus.Assigned, "a\\", "b", TicketStatus.Assigned, "a\\|b", null },
        { TicketStatus.Closed, null, null, TicketStatus.Closed, "\0", null },
    };

    [Theory]
    [MemberData(nameof(DifferentRequests))]
    public void Fingerprint_DifferentTargetOrBody_Differs(
        TicketStatus firstTo, string? firstBy, string? firstAssignee, TicketStatus secondTo, string? secondBy, string? secondAssignee) =>
        Assert.NotEqual(
            TicketWorkflow.Fingerprint(firstTo, firstBy, firstAssignee),
            TicketWorkflow.Fingerprint(secondTo, secondBy, secondAssignee));

    // Mirrors the grain: check first, save the fingerprint only with an applied move.
    private static TicketTransitionCheck Apply(ref TicketStatus status, List<string> applied, TicketStatus to, string by, string? assignee)
    {
        var check = TicketWorkflow.Decide(status, to, by, assignee, applied);
        if (check == TicketTransitionCheck.Allowed)
        {
            status = TicketWorkflow.Next(status, to)!.Value;
            applied.Add(TicketWorkflow.Fingerprint(to, by, assignee));
        }

        return check;
    }
}
