using Monitoring.Domain.Escalation;

namespace Monitoring.Domain.Tests.Escalation;

public sealed class EscalationPolicyTests
{
    private static readonly DateTimeOffset RaisedAt = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_Defaults_ThreeLevelsOverThreeTiers()
    {
        var policy = new EscalationPolicy(TimeSpan.FromMinutes(10));

        Assert.Equal(3, policy.MaxLevels);
        Assert.Equal(["site_supervisor", "noc_lead", "duty_manager"], policy.Tiers);
    }

    [Fact]
    public void SlaDueAt_RaisedAt_AddsSlaPeriod()
    {
        Assert.Equal(RaisedAt.AddMinutes(10), new EscalationPolicy(TimeSpan.FromMinutes(10)).SlaDueAt(RaisedAt));
    }

    [Fact]
    public void New_CallerChangesTierList_PolicyKeepsItsCopy()
    {
        var tiers = new List<string> { "a", "b" };
        var policy = new EscalationPolicy(TimeSpan.FromMinutes(5), tiers);
        tiers[0] = "changed";

        Assert.Equal("a", policy.TierOf(1));
    }

    public static TheoryData<TimeSpan, string[]?, int> BadPolicies => new()
    {
        { TimeSpan.Zero, null, 3 },
        { TimeSpan.FromMinutes(-1), null, 3 },
        { TimeSpan.FromMinutes(5), [], 3 },
        { TimeSpan.FromMinutes(5), ["a", " "], 3 },
        { TimeSpan.FromMinutes(5), null, -1 },
    };

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void New_BadValues_Throws(TimeSpan sla, string[]? tiers, int maxLevels) =>
        Assert.ThrowsAny<ArgumentException>(() => new EscalationPolicy(sla, tiers, maxLevels));
}
