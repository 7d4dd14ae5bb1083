using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Reports;

/// <summary>Every report as CSV (one table, header row, RFC 4180, text/csv) against the scripted night's hand figures.</summary>
[Collection(ReportsCollection.Name)]
public sealed class ReportCsvTests(ReportsHostFixture host)
{
    [Fact]
    public async Task SlaCsv_Night_OneTableWithTheHandFigures()
    {
        var night = await host.NightAsync();

        var rows = await CsvAsync("sla");

        Assert.Equal(
            "dimension,key,alerts,met,breached,pending,clearedInTime,compliance,escalated,ackCount,ackMeanS,ackP50S,ackP90S,ackMaxS," +
            "resolveCount,resolveMeanS,resolveP50S,resolveP90S,resolveMaxS",
            string.Join(',', rows[0]));
        Assert.Equal("total,all,6,2,3,1,0,0.4,3,2,690,180,1200,1200,3,960,900,1740,1740", string.Join(',', rows[1]));
        Assert.Equal("severity,critical,3,2,1,0,0,0.6667,1,1,180,180,180,180,2,570,240,900,900", string.Join(',', rows.Row("severity", "critical")));
        Assert.Equal("severity,low,0,0,0,0,0,,0,0,,,,,0,,,,", string.Join(',', rows.Row("severity", "low")));
        Assert.Equal("0.3333", rows.Row("site", night.Utc)[7]);
        Assert.Equal(1 + 1 + 4 + 2 + 2, rows.Count);
    }

    [Fact]
    public async Task AlertsCsv_Night_TypesSitesAndEveryHour()
    {
        var night = await host.NightAsync();

        var rows = await CsvAsync("alerts");

        Assert.Equal("dimension,key,alerts,critical,high,medium,low,deepNightAlerts,incidents,deepNightIncidents", string.Join(',', rows[0]));
        Assert.Equal("total,all,6,3,0,3,0,3,5,3", string.Join(',', rows[1]));
        Assert.Equal("type,inactivity,3,3,0,0,0,2,3,2", string.Join(',', rows.Row("type", "inactivity")));
        Assert.Equal($"site,{night.Paris},2,1,0,1,0,2,2,2", string.Join(',', rows.Row("site", night.Paris)));
        Assert.Equal("hour,05,3,1,0,2,0,0,2,0", string.Join(',', rows.Row("hour", "05")));
        Assert.Equal(24, rows.Count(r => r[0] == "hour"));
    }

    [Fact]
    public async Task RulesCsv_Night_VerdictsAndRates()
    {
        var night = await host.NightAsync();

        var rows = await CsvAsync("rules");

        Assert.Equal("dimension,key,alerts,open,cleared,confirmed,falsePositive,resolved,verdicts,falsePositiveRate", string.Join(',', rows[0]));
        Assert.Equal("total,all,6,3,0,1,2,0,3,0.6667", string.Join(',', rows[1]));
        Assert.Equal("rule,battery_low,3,2,0,1,0,0,1,0", string.Join(',', rows.Row("rule", "battery_low")));
        Assert.Equal($"site,{night.Paris},2,0,0,1,1,0,2,0.5", string.Join(',', rows.Row("site", night.Paris)));
    }

    [Fact]
    public async Task GuardsCsv_Night_RowPerGuard()
    {
        var night = await host.NightAsync();

        var rows = await CsvAsync("guards");

        Assert.Equal(
            "guardId,siteId,alerts,critical,high,medium,low,inactivityAlerts,inactiveMinutes,acknowledged,slaMet,slaBreached,confirmed,falsePositive,deepNightAlerts",
            string.Join(',', rows[0]));
        Assert.Equal(6, rows.Count);
        Assert.Equal($"{night.Guards[3].GuardId},{night.Utc},2,1,0,1,0,1,20,0,0,2,0,0,0", string.Join(',', rows[1]));
        Assert.Equal($"{night.Guards[0].GuardId},{night.Paris},1,1,0,0,0,1,15,1,1,0,0,1,1", string.Join(',', Assert.Single(rows, r => r[0] == night.Guards[0].GuardId)));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("", "")]
    public void CsvField_Text_QuotedPerRfc4180(string text, string expected) =>
        Assert.Equal(expected, Apis.CsvTable.Field(text));

    [Fact]
    public void CsvTable_Rows_CrlfEndsNumbersInvariantNullEmpty()
    {
        var text = new Apis.CsvTable("a", "b", "c").Row("x,y", 0.3333, null).ToString();

        Assert.Equal("a,b,c\r\n\"x,y\",0.3333,\r\n", text);
        Assert.Equal([["a", "b", "c"], ["x,y", "0.3333", ""]], Csv.Parse(text));
    }

    private async Task<List<string[]>> CsvAsync(string report)
    {
        using var response = await host.Viewer().GetAsync($"api/v1/reports/{report}?" + ReportNight.Query("&format=csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{report}-20261210T000000Z.csv", response.Content.Headers.ContentDisposition?.FileName);
        return Csv.Parse(text);
    }
}
