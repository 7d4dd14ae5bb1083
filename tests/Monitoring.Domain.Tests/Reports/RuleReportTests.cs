using Monitoring.Domain.Alerts;
using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests.Reports;

public sealed class RuleReportTests
{
    private readonly RuleReport _report = RuleReport.Build(ReportNight.Input());

    [Fact]
    public void Build_Night_TotalVerdictsExcludeClearedAndOpen() =>
        Assert.Equal(new VerdictRow("all", 5, 2, 1, 1, 1, 0, 2, 0.5), _report.Total);

    [Fact]
    public void Build_Night_PerRule() =>
        Assert.Equal(
            [
                new VerdictRow("battery_low", 1, 1, 0, 0, 0, 0, 0, null),
                new VerdictRow("device_offline", 2, 1, 1, 0, 0, 0, 0, null),
                new VerdictRow("inactivity", 2, 0, 0, 1, 1, 0, 2, 0.5),
            ],
            _report.ByRule);

    [Fact]
    public void Build_Night_PerSite() =>
        Assert.Equal(
            [new VerdictRow("s1", 2, 0, 0, 1, 1, 0, 2, 0.5), new VerdictRow("s2", 3, 2, 1, 0, 0, 0, 0, null)],
            _report.BySite);

    [Fact]
    public void Build_ThreeFalsePositivesOfSeven_RateToFourDecimals()
    {
        var alerts = Enumerable.Range(0, 7).Select(i => ReportNight.Alert(
            $"x{i}", "geofence_exit", Severity.Medium, "s", "g", i, 15, resolved: 1,
            resolution: i < 3 ? Resolution.FalsePositive : Resolution.Resolved)).ToList();
        var input = new ReportInput(new ReportPeriod(ReportNight.Day, ReportNight.End, null, ReportNight.End), alerts, [], new Dictionary<string, TimeZoneInfo>());

        Assert.Equal(0.4286, RuleReport.Build(input).Total.FalsePositiveRate);
    }
}
