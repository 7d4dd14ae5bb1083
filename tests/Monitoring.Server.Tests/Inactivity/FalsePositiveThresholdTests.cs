using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Inactivity;

/// <summary>Operators' false_positive verdicts, given through the API, make the guard's baseline threshold cautious.</summary>
[Collection(InactivityCollection.Name)]
public sealed class FalsePositiveThresholdTests(InactivityHostFixture host)
{
    [Fact]
    public async Task AlertResolvedAsFalsePositive_NextEvaluation_BaselineThresholdIsFourWithTheReason()
    {
        var (phone, alert) = await host.InactiveGuardAsync();
        var before = (await phone.GuardAsync()).GetProperty("baseline");
        Assert.Equal(3.0, before.GetProperty("threshold").GetDouble());

        await (await host.ActAsync(alert.Str("alertId"), "resolve", new { by = "op-1", resolution = "false_positive" })).JsonAsync(HttpStatusCode.OK);
        await host.SetClockAsync(alert.Time("raisedAt").AddMinutes(5));

        var after = (await phone.GuardAsync()).GetProperty("baseline");
        Assert.Equal(4.0, after.GetProperty("threshold").GetDouble());
        Assert.Equal(1.0, after.GetProperty("falsePositiveRate").GetDouble());
        Assert.Contains("false-positive rate", after.Str("thresholdReason"), StringComparison.Ordinal);
    }
}
