using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Reports;

/// <summary>Every report's JSON against figures computed by hand from the scripted night (see <see cref="ReportNight"/>), judged at 06:00.</summary>
[Collection(ReportsCollection.Name)]
public sealed class ReportNightTests(ReportsHostFixture host)
{
    private static readonly string[] SlaCounts = ["alerts", "met", "breached", "pending", "clearedInTime", "escalated"];
    private static readonly string[] VolumeCounts = ["alerts", "critical", "high", "medium", "low", "deepNightAlerts", "incidents", "deepNightIncidents"];
    private static readonly string[] VerdictCounts = ["alerts", "open", "cleared", "confirmed", "falsePositive", "resolved", "verdicts"];

    [Fact]
    public async Task SlaReport_Night_TimesAndComplianceByHand()
    {
        await host.NightAsync();

        var report = await host.Viewer().GetJsonAsync("api/v1/reports/sla?" + ReportNight.Query());

        var period = report.GetProperty("period");
        Assert.Equal((ReportNight.Day, ReportNight.End, ReportNight.End), (period.Time("from"), period.Time("to"), period.Time("generatedAt")));
        var total = report.GetProperty("total");
        Assert.Equal([6, 2, 3, 1, 0, 3], total.Ints(SlaCounts));
        Assert.Equal(0.4, total.Num("compliance"));
        Assert.Equal((2, 690.0, 180.0, 1200.0, 1200.0), total.Durations("timeToAcknowledge"));
        Assert.Equal((3, 960.0, 900.0, 1740.0, 1740.0), total.Durations("timeToResolve"));

        var critical = report.Row("bySeverity", "critical");
        Assert.Equal([3, 2, 1, 0, 0, 1], critical.Ints(SlaCounts));
        Assert.Equal(0.6667, critical.Num("compliance"));
        Assert.Equal((1, 180.0, 180.0, 180.0, 180.0), critical.Durations("timeToAcknowledge"));
        Assert.Equal((2, 570.0, 240.0, 900.0, 900.0), critical.Durations("timeToResolve"));
        var medium = report.Row("bySeverity", "medium");
        Assert.Equal([3, 0, 2, 1, 0, 2], medium.Ints(SlaCounts));
        Assert.Equal(0.0, medium.Num("compliance"));
        Assert.Equal([0, 0], [report.Row("bySeverity", "high").Int("alerts"), report.Row("bySeverity", "low").Int("alerts")]);
        Assert.Null(report.Row("bySeverity", "low").Num("compliance"));

        var night = await host.NightAsync();
        Assert.Equal(0.5, report.Row("bySite", night.Paris).Num("compliance"));
        Assert.Equal([4, 1, 2, 1, 0, 2], report.Row("bySite", night.Utc).Ints(SlaCounts));
        Assert.Equal(0.3333, report.Row("bySite", night.Utc).Num("compliance"));
        Assert.Equal([3, 0, 2, 1, 0, 2], report.Row("byType", "battery_low").Ints(SlaCounts));
        Assert.Equal([3, 2, 1, 0, 0, 1], report.Row("byType", "inactivity").Ints(SlaCounts));
    }

    [Fact]
    public async Task AlertsReport_Night_VolumeByTypeSiteLocalHourAndDeepNight()
    {
        var night = await host.NightAsync();

        var report = await host.Viewer().GetJsonAsync("api/v1/reports/alerts?" + ReportNight.Query());

        Assert.Equal([6, 3, 0, 3, 0, 3, 5, 3], report.GetProperty("total").Ints(VolumeCounts));
        Assert.Equal([3, 0, 0, 3, 0, 1, 3, 1], report.Row("byType", "battery_low").Ints(VolumeCounts));
        Assert.Equal([3, 3, 0, 0, 0, 2, 3, 2], report.Row("byType", "inactivity").Ints(VolumeCounts));
        Assert.Equal([2, 1, 0, 1, 0, 2, 2, 2], report.Row("bySite", night.Paris).Ints(VolumeCounts));
        Assert.Equal([4, 2, 0, 2, 0, 1, 3, 1], report.Row("bySite", night.Utc).Ints(VolumeCounts));

        var hours = report.Items("byHour");
        Assert.Equal(24, hours.Length);
        var busy = hours.Where(h => h.Int("alerts") > 0 || h.Int("incidents") > 0)
            .Select(h => (h.Str("key"), h.Int("alerts"), h.Int("deepNightAlerts"), h.Int("incidents")));
        Assert.Equal([("02", 2, 2, 2), ("03", 1, 1, 1), ("05", 3, 0, 2)], busy);

        var deep = report.Items("deepNightIncidents");
        Assert.Equal(
            [(night.Paris, "2026-12-10T02:00:00+01:00"), (night.Paris, "2026-12-10T02:40:00+01:00"), (night.Utc, "2026-12-10T03:00:00+00:00")],
            deep.Select(i => (i.Str("siteId"), i.Str("localTime"))));
        Assert.Equal(["inactivity"], deep[0].Items("alertTypes").Select(t => t.GetString()));
        Assert.Equal("critical", deep[0].Str("severity"));
    }

    [Fact]
    public async Task RulesReport_Night_FalsePositiveRatePerRuleAndSite()
    {
        var night = await host.NightAsync();

        var report = await host.Viewer().GetJsonAsync("api/v1/reports/rules?" + ReportNight.Query());

        Assert.Equal([6, 3, 0, 1, 2, 0, 3], report.GetProperty("total").Ints(VerdictCounts));
        Assert.Equal(0.6667, report.GetProperty("total").Num("falsePositiveRate"));
        Assert.Equal([3, 2, 0, 1, 0, 0, 1], report.Row("byRule", "battery_low").Ints(VerdictCounts));
        Assert.Equal(0.0, report.Row("byRule", "battery_low").Num("falsePositiveRate"));
        Assert.Equal([3, 1, 0, 0, 2, 0, 2], report.Row("byRule", "inactivity").Ints(VerdictCounts));
        Assert.Equal(1.0, report.Row("byRule", "inactivity").Num("falsePositiveRate"));
        Assert.Equal(0.5, report.Row("bySite", night.Paris).Num("falsePositiveRate"));
        Assert.Equal([4, 3, 0, 0, 1, 0, 1], report.Row("bySite", night.Utc).Ints(VerdictCounts));
        Assert.Equal(1.0, report.Row("bySite", night.Utc).Num("falsePositiveRate"));
    }

    [Fact]
    public async Task GuardsReport_Night_RowPerGuardMostAlertsFirst()
    {
        var night = await host.NightAsync();
        var g = night.Guards;

        var rows = (await host.Viewer().GetJsonAsync("api/v1/reports/guards?" + ReportNight.Query())).Items("guards");

        Assert.Equal(5, rows.Length);
        Assert.Equal(g[3].GuardId, rows[0].Str("guardId"));
        string[] counts = ["alerts", "critical", "medium", "inactivityAlerts", "acknowledged", "slaMet", "slaBreached", "confirmed", "falsePositive", "deepNightAlerts"];
        var expected = new (int Guard, string Site, int[] Counts, double Minutes)[]
        {
            (0, night.Paris, [1, 1, 0, 1, 1, 1, 0, 0, 1, 1], 15.0),
            (1, night.Paris, [1, 0, 1, 0, 1, 0, 1, 1, 0, 1], 0.0),
            (2, night.Utc, [1, 1, 0, 1, 0, 1, 0, 0, 1, 1], 4.0),
            (3, night.Utc, [2, 1, 1, 1, 0, 0, 2, 0, 0, 0], 20.0),
            (4, night.Utc, [1, 0, 1, 0, 0, 0, 0, 0, 0, 0], 0.0),
        };
        foreach (var (guard, site, figures, minutes) in expected)
        {
            var row = Assert.Single(rows, r => r.Str("guardId") == g[guard].GuardId);
            Assert.Equal(site, row.Str("siteId"));
            Assert.Equal(figures, row.Ints(counts));
            Assert.Equal(minutes, row.Num("inactiveMinutes"));
        }
    }

    [Fact]
    public async Task Reports_OneSite_OnlyItsAlertsAndOtherTenantSeesNone()
    {
        var night = await host.NightAsync();

        var paris = await host.Viewer().GetJsonAsync("api/v1/reports/sla?" + ReportNight.Query($"&siteId={night.Paris}"));
        var other = await host.Viewer(Keys.T2).GetJsonAsync("api/v1/reports/alerts?" + ReportNight.Query());

        Assert.Equal([2, 1, 1, 0, 0, 1], paris.GetProperty("total").Ints(SlaCounts));
        Assert.Equal(night.Paris, paris.GetProperty("period").Str("siteId"));
        Assert.Equal([night.Paris], paris.Items("bySite").Select(r => r.Str("key")));
        Assert.Equal(0, other.GetProperty("total").Int("alerts"));
        Assert.Empty(other.Items("deepNightIncidents"));
    }

    [Fact]
    public async Task Reports_PeriodBeforeTheNight_Empty()
    {
        await host.NightAsync();

        var report = await host.Viewer().GetJsonAsync($"api/v1/reports/rules?from={Iso.Of(ReportNight.Day.AddHours(-3))}&to={Iso.Of(ReportNight.Day)}");

        Assert.Equal(0, report.GetProperty("total").Int("alerts"));
        Assert.Empty(report.Items("byRule"));
    }
}
