using Monitoring.Server.Hosting;

namespace Monitoring.Server.Tests.Hosting;

/// <summary><c>Monitoring:Silo:Placement</c>: an unknown placement stops the host before it starts, naming the setting.</summary>
public sealed class PlacementSettingTests
{
    [Fact]
    public void Build_UnknownPlacement_RefusesNamingTheSetting()
    {
        var error = Assert.Throws<StartupRefusedException>(() => MonitoringHost.Build(["--urls", "http://127.0.0.1:0", "--Monitoring:Silo:Placement=nowhere"]));

        Assert.Contains("Monitoring:Silo:Placement", error.Message, StringComparison.Ordinal);
        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }
}
