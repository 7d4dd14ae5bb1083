using Monitoring.Server.Tests.Reports;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host of its own for the reports: the health rules on (battery alerts beside inactivity), the
/// dashboard served from the source tree, and the scripted night of <see cref="ReportNight"/>
/// played once, on first use, for every test of the collection.
/// </summary>
public sealed class ReportsHostFixture : HostFixture
{
    private readonly Lazy<Task<ReportNight>> _night;

    public ReportsHostFixture() => _night = new(() => ReportNight.PlayAsync(this));

    protected override DateTimeOffset? ClockStart => ReportNight.Day.AddHours(-4);

    protected override bool HealthRules => true;

    protected override IEnumerable<string> ExtraArguments =>
        ["--contentRoot", Path.Combine(RepositoryRoot.Path, "src", "Monitoring.Server")];

    /// <summary>The scripted night, played on the first call; the clock then stands at its end.</summary>
    public Task<ReportNight> NightAsync() => _night.Value;
}
