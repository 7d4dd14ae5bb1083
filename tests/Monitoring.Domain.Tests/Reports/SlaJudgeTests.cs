using Monitoring.Domain.Alerts;
using Monitoring.Domain.Reports;
using static Monitoring.Domain.Tests.Reports.ReportNight;

namespace Monitoring.Domain.Tests.Reports;

public sealed class SlaJudgeTests
{
    private static readonly DateTimeOffset Now = Day.AddHours(6);

    [Theory]
    [InlineData(3, SlaVerdict.Met)]
    [InlineData(5, SlaVerdict.Met)]
    [InlineData(6, SlaVerdict.Breached)]
    public void Verdict_Acknowledged_MetWhenAtOrBeforeDue(int ackMin, SlaVerdict expected) =>
        Assert.Equal(expected, SlaJudge.Verdict(Alert("x", "inactivity", Severity.Critical, "s", "g", 60, 5, ack: ackMin), Now));

    [Fact]
    public void Verdict_ResolvedByOperatorWithoutAcknowledgement_TheResolutionIsTheAnswer()
    {
        Assert.Equal(SlaVerdict.Met, SlaJudge.Verdict(Alert("x", "inactivity", Severity.Critical, "s", "g", 60, 5, resolved: 4, resolution: Resolution.FalsePositive), Now));
        Assert.Equal(SlaVerdict.Breached, SlaJudge.Verdict(Alert("x", "inactivity", Severity.Critical, "s", "g", 60, 5, resolved: 7, resolution: Resolution.Resolved), Now));
    }

    [Theory]
    [InlineData(9, SlaVerdict.ClearedInTime)]
    [InlineData(11, SlaVerdict.Breached)]
    public void Verdict_ClearedBySystemUnanswered_InTimeOnlyBeforeDue(int clearedMin, SlaVerdict expected) =>
        Assert.Equal(expected, SlaJudge.Verdict(Alert("x", "device_offline", Severity.High, "s", "g", 60, 10, resolved: clearedMin, resolution: Resolution.Cleared), Now));

    [Fact]
    public void Verdict_ClearedAfterAnAcknowledgement_JudgedByTheAcknowledgement() =>
        Assert.Equal(SlaVerdict.Met, SlaJudge.Verdict(Alert("x", "device_offline", Severity.High, "s", "g", 60, 10, ack: 2, resolved: 30, resolution: Resolution.Cleared), Now));

    [Theory]
    [InlineData(300, SlaVerdict.Breached)]
    [InlineData(355, SlaVerdict.Pending)]
    public void Verdict_OpenUnanswered_BreachedOncePastDue(int raisedMinute, SlaVerdict expected) =>
        Assert.Equal(expected, SlaJudge.Verdict(Alert("x", "battery_low", Severity.Medium, "s", null, raisedMinute, 15), Now));
}
