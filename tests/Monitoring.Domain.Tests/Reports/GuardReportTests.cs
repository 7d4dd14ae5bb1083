using Monitoring.Domain.Alerts;
using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests.Reports;

public sealed class GuardReportTests
{
    [Fact]
    public void Build_Night_OneRowPerGuardAndSiteWithoutGuardlessAlerts() =>
        Assert.Equal(
            [
                new GuardRow("g1", "s1", 2, 2, 0, 0, 0, 2, 50.0, 2, 1, 1, 1, 1, 2),
                new GuardRow("g2", "s2", 2, 0, 2, 0, 0, 0, 0.0, 0, 0, 1, 0, 0, 2),
            ],
            GuardReport.Build(ReportNight.Input()).Guards);

    [Fact]
    public void Build_OpenInactivityAlert_CountedToTheReportTime()
    {
        var open = ReportNight.Alert("o", "inactivity", Severity.High, "s3", "g3", 330, 10, ack: 1);
        var again = ReportNight.Alert("p", "inactivity", Severity.High, "s3", "g3", 300, 10, ack: 1, resolved: 5, resolution: Resolution.Resolved);
        var other = ReportNight.Alert("q", "device_offline", Severity.High, "s3", "g4", 300, 10);
        var input = new ReportInput(new ReportPeriod(ReportNight.Day, ReportNight.End, null, ReportNight.End), [other, open, again], [], new Dictionary<string, TimeZoneInfo>());

        var rows = GuardReport.Build(input).Guards;

        Assert.Equal(["g3", "g4"], rows.Select(r => r.GuardId));
        Assert.Equal(35.0, rows[0].InactiveMinutes);
    }
}
