using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

public sealed class FaultAlertsTests
{
    [Fact]
    public void Valid_behaviour_expects_no_alert()
    {
        Assert.Empty(FaultAlerts.Of(FaultKind.DeclaredBreak));
        Assert.Empty(FaultAlerts.Of(FaultKind.StandingPost));
        Assert.Empty(FaultAlerts.Of(FaultKind.SlowPatrol));
    }

    [Fact]
    public void Every_fault_names_the_alert_that_detects_it()
    {
        var faults = Enum.GetValues<FaultKind>().Where(k => k < FaultKind.DeclaredBreak);
        Assert.All(faults, k => Assert.NotEmpty(FaultAlerts.Of(k)));
    }
}
