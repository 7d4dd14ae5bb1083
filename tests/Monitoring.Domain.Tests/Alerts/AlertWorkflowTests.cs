using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Tests.Alerts;

public sealed class AlertWorkflowTests
{
    public static TheoryData<AlertStatus, AlertActionKind, AlertStatus?> Transitions => new()
    {
        { AlertStatus.Active, AlertActionKind.Acknowledge, AlertStatus.Acknowledged },
        { AlertStatus.Active, AlertActionKind.Verify, AlertStatus.Verifying },
        { AlertStatus.Active, AlertActionKind.Resolve, AlertStatus.Resolved },
        { AlertStatus.Acknowledged, AlertActionKind.Acknowledge, null },
        { AlertStatus.Acknowledged, AlertActionKind.Verify, AlertStatus.Verifying },
        { AlertStatus.Acknowledged, AlertActionKind.Resolve, AlertStatus.Resolved },
        { AlertStatus.Verifying, AlertActionKind.Acknowledge, null },
        { AlertStatus.Verifying, AlertActionKind.Verify, AlertStatus.Verifying },
        { AlertStatus.Verifying, AlertActionKind.Resolve, AlertStatus.Resolved },
        { AlertStatus.Resolved, AlertActionKind.Acknowledge, null },
        { AlertStatus.Resolved, AlertActionKind.Verify, null },
        { AlertStatus.Resolved, AlertActionKind.Resolve, null },
    };

    [Fact]
    public void Transitions_Table_CoversEveryStatusAndActionPair()
    {
        var pairs = Transitions.Select(row => ((AlertStatus)row[0], (AlertActionKind)row[1])).ToHashSet();
        var expected = Enum.GetValues<AlertStatus>().SelectMany(_ => Enum.GetValues<AlertActionKind>(), (s, a) => (s, a));

        Assert.Equal(Transitions.Count(), pairs.Count);
        Assert.True(pairs.SetEquals(expected));
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Next_EveryStatusAndAction_FollowsWorkflow(AlertStatus current, AlertActionKind action, AlertStatus? expected) =>
        Assert.Equal(expected, AlertWorkflow.Next(current, action));

    [Theory]
    [InlineData(AlertStatus.Active, true, false)]
    [InlineData(AlertStatus.Acknowledged, true, true)]
    [InlineData(AlertStatus.Verifying, true, true)]
    [InlineData(AlertStatus.Resolved, false, false)]
    public void IsOpenAndIsOwned_EachStatus_MatchWorkflow(AlertStatus status, bool open, bool owned)
    {
        Assert.Equal(open, AlertWorkflow.IsOpen(status));
        Assert.Equal(owned, AlertWorkflow.IsOwned(status));
    }

    [Fact]
    public void Fingerprint_SameActionAndBody_IsEqual()
    {
        var first = AlertWorkflow.Fingerprint(AlertActionKind.Verify, "op-1", "rang twice", "Call", "no answer", null);
        var retry = AlertWorkflow.Fingerprint(AlertActionKind.Verify, "op-1", "rang twice", "Call", "no answer", null);

        Assert.Equal(first, retry);
    }

    [Fact]
    public void Fingerprint_PlainBody_IsReadable()
    {
        Assert.Equal("Resolve|op-1|all good", AlertWorkflow.Fingerprint(AlertActionKind.Resolve, "op-1", "all good"));
    }

    public static TheoryData<AlertActionKind, string?[], AlertActionKind, string?[]> DifferentActions => new()
    {
        { AlertActionKind.Verify, ["op-1", "note"], AlertActionKind.Resolve, ["op-1", "note"] },
        { AlertActionKind.Verify, ["op-1", "note"], AlertActionKind.Verify, ["op-2", "note"] },
        { AlertActionKind.Verify, ["op-1", "note"], AlertActionKind.Verify, ["op-1", "Note"] },
        { AlertActionKind.Verify, ["a", "b"], AlertActionKind.Verify, ["b", "a"] },
        { AlertActionKind.Verify, ["a", null], AlertActionKind.Verify, ["a", ""] },
        { AlertActionKind.Verify, ["a"], AlertActionKind.Verify, ["a", null] },
        { AlertActionKind.Verify, [], AlertActionKind.Verify, [""] },
        { AlertActionKind.Verify, [null], AlertActionKind.Verify, ["\0"] },
        { AlertActionKind.Verify, ["a|b"], AlertActionKind.Verify, ["a", "b"] },
        { AlertActionKind.Verify, ["a|", "b"], AlertActionKind.Verify, ["a", "|b"] },
        { AlertActionKind.Verify, ["a||b"], AlertActionKind.Verify, ["a|", "b"] },
        { AlertActionKind.Verify, ["a\\", "b"], AlertActionKind.Verify, ["a\\|b"] },
    };

    [Theory]
    [MemberData(nameof(DifferentActions))]
    public void Fingerprint_DifferentActionOrBody_Differs(
        AlertActionKind firstKind, string?[] firstBody, AlertActionKind secondKind, string?[] secondBody) =>
        Assert.NotEqual(AlertWorkflow.Fingerprint(firstKind, firstBody), AlertWorkflow.Fingerprint(secondKind, secondBody));
}
