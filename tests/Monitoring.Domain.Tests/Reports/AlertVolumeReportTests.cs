using Monitoring.Domain.Alerts;
using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests.Reports;

public sealed class AlertVolumeReportTests
{
    private readonly AlertVolumeReport _report = AlertVolumeReport.Build(ReportNight.Input());

    [Fact]
    public void Build_Night_TotalCountsPeriodOnly() =>
        Assert.Equal(new VolumeRow("all", 5, 2, 2, 1, 0, 4, 3, 2), _report.Total);

    [Fact]
    public void Build_Night_ByTypeWithItsIncidents() =>
        Assert.Equal(
            [
                new VolumeRow("battery_low", 1, 0, 0, 1, 0, 0, 1, 0),
                new VolumeRow("device_offline", 2, 0, 2, 0, 0, 2, 1, 1),
                new VolumeRow("inactivity", 2, 2, 0, 0, 0, 2, 1, 1),
            ],
            _report.ByType);

    [Fact]
    public void Build_Night_BySite() =>
        Assert.Equal(
            [new VolumeRow("s1", 2, 2, 0, 0, 0, 2, 1, 1), new VolumeRow("s2", 3, 0, 2, 1, 0, 2, 2, 1)],
            _report.BySite);

    [Fact]
    public void Build_Night_ByHourOnTheSitesClock()
    {
        Assert.Equal(24, _report.ByHour.Count);
        Assert.Equal("00", _report.ByHour[0].Key);
        var busy = _report.ByHour.Where(r => r.Alerts > 0 || r.Incidents > 0).Select(r => (r.Key, r.Alerts, r.DeepNightAlerts, r.Incidents));
        Assert.Equal([("02", 1, 1, 1), ("03", 2, 2, 1), ("04", 1, 1, 0), ("05", 1, 0, 1)], busy);
    }

    [Fact]
    public void Build_Night_DeepNightIncidentsWithLocalTime()
    {
        Assert.Equal(["i1", "i2"], _report.DeepNightIncidents.Select(i => i.IncidentId));
        Assert.Equal("2026-12-10T02:00:00+01:00", _report.DeepNightIncidents[0].LocalTime);
        Assert.Equal("2026-12-10T03:00:00+00:00", _report.DeepNightIncidents[1].LocalTime);
        Assert.Equal(["device_offline"], _report.DeepNightIncidents[1].AlertTypes);
    }

    [Fact]
    public void Build_DeepNightBounds_OneAmInFiveAmOut()
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        ReportAlert At(string id, int minute) => ReportNight.Alert(id, "inactivity", Severity.Low, "u", "g", minute, 30);
        var input = new ReportInput(new ReportPeriod(ReportNight.Day, ReportNight.End, null, ReportNight.End),
            [At("a", 59), At("b", 60), At("c", 299), At("d", 300)], [], zones);

        Assert.Equal(2, AlertVolumeReport.Build(input).Total.DeepNightAlerts);
    }
}
