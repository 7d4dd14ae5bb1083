namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host of its own for the browser test. It serves the dashboard from the source tree's
/// <c>wwwroot</c> (content root <c>src/Monitoring.Server</c>, as <c>dotnet run</c> does), and its
/// manual clock starts at noon UTC, far from deep night.
/// </summary>
public sealed class DashboardHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    protected override DateTimeOffset? ClockStart => Start;

    protected override IEnumerable<string> ExtraArguments =>
        ["--contentRoot", Path.Combine(RepositoryRoot.Path, "src", "Monitoring.Server")];
}
