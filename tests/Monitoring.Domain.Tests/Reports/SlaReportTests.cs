using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests.Reports;

public sealed class SlaReportTests
{
    [Fact]
    public void Build_Night_TotalFigures()
    {
        var total = SlaReport.Build(ReportNight.Input()).Total;

        Assert.Equal(new SlaRow("all", 5, 1, 2, 1, 1, 0.3333, 2,
            new DurationStats(2, 390.0, 180.0, 600.0, 600.0),
            new DurationStats(2, 1500.0, 1200.0, 1800.0, 1800.0)), total);
    }

    [Fact]
    public void Build_Night_EverySeverityCriticalFirst()
    {
        var rows = SlaReport.Build(ReportNight.Input()).BySeverity;

        Assert.Equal(["critical", "high", "medium", "low"], rows.Select(r => r.Key));
        Assert.Equal((2, 1, 1, 0.5, 1), (rows[0].Alerts, rows[0].Met, rows[0].Breached, rows[0].Compliance!.Value, rows[0].Escalated));
        Assert.Equal((2, 0, 1, 1, 0.0, 1), (rows[1].Alerts, rows[1].Met, rows[1].Breached, rows[1].ClearedInTime, rows[1].Compliance!.Value, rows[1].Escalated));
        Assert.Equal((1, 1), (rows[2].Alerts, rows[2].Pending));
        Assert.Null(rows[2].Compliance);
        Assert.Equal(0, rows[3].Alerts);
        Assert.Equal(DurationStats.None, rows[3].TimeToAcknowledge);
    }

    [Fact]
    public void Build_Night_SitesAndTypesById()
    {
        var report = SlaReport.Build(ReportNight.Input());

        Assert.Equal(["s1", "s2"], report.BySite.Select(r => r.Key));
        Assert.Equal(0.5, report.BySite[0].Compliance);
        Assert.Equal(0.0, report.BySite[1].Compliance);
        Assert.Equal(["battery_low", "device_offline", "inactivity"], report.ByType.Select(r => r.Key));
        Assert.Equal(new DurationStats(2, 390.0, 180.0, 600.0, 600.0), report.ByType[2].TimeToAcknowledge);
    }

    [Fact]
    public void Build_OneSite_OnlyItsAlerts()
    {
        var report = SlaReport.Build(ReportNight.Input("s2"));

        Assert.Equal(3, report.Total.Alerts);
        Assert.Equal(["s2"], report.BySite.Select(r => r.Key));
        Assert.Equal("s2", report.Period.SiteId);
    }
}
