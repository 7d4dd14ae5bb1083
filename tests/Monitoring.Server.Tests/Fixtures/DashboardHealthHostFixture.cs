namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// Like <see cref="DashboardHostFixture"/>, with the device-health rules on: a phone that falls silent
/// raises <c>device_offline</c> as well as inactivity, which the default inhibition links.
/// </summary>
public sealed class DashboardHealthHostFixture : HostFixture
{
    protected override DateTimeOffset? ClockStart => DashboardHostFixture.Start;

    protected override bool HealthRules => true;

    protected override IEnumerable<string> ExtraArguments =>
        ["--contentRoot", Path.Combine(RepositoryRoot.Path, "src", "Monitoring.Server")];
}
