namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host on the system clock (the production default), which refuses to have its clock set.</summary>
public sealed class SystemClockHostFixture : HostFixture
{
    protected override bool ManualClock => false;
}
