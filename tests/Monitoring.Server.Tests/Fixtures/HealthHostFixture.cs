namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host with the device-health rules switched on.</summary>
public sealed class HealthHostFixture : HostFixture
{
    protected override IEnumerable<string> ExtraArguments => ["--Monitoring:Rules:DeviceHealth=true"];
}
