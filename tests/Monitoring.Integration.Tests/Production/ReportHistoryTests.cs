using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Monitoring.Integration.Tests.Cluster;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Production;

/// <summary>With PostgreSQL, reports read the stored alert history: a host started afresh on the same database reports the same figures.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReportHistoryTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reports_PostgresHistory_SameFiguresAfterARestart()
    {
        var db = await postgres.CreateDatabaseAsync("reports_history");
        string alertId;
        string[] before;
        await using (var host = await ProductionHost.StartAsync(db, T0))
        {
            var site = await host.Client.PutAsJsonAsync("api/v1/sites/rs-1", new { name = "Depot", timeZone = "Europe/Paris", lat = 48.85, lon = 2.35, geofenceRadiusM = 300 });
            Assert.Equal(HttpStatusCode.OK, site.StatusCode);
            var sent = await host.PostEventsAsync(
                new { deviceId = "rp-1", seq = 1, ts = T0, type = "shift_start", guardId = "rg-1", siteId = "rs-1" },
                new { deviceId = "rp-1", seq = 2, ts = T0, type = "heartbeat", battery = 15.0, charging = false });
            Assert.Equal(HttpStatusCode.Accepted, sent.Status);
            var id = "";
            await Poll.UntilAsync("the battery alert listed", TimeSpan.FromSeconds(30), async () =>
            {
                var items = (await host.GetAsync("api/v1/alerts?guardId=rg-1")).Body.GetProperty("items");
                id = items.GetArrayLength() == 1 ? items[0].GetProperty("alertId").GetString()! : "";
                return id.Length > 0 ? null : items.ToString();
            });
            alertId = id;

            await host.SetClockAsync(T0.AddMinutes(2));
            await ActAsync(host, alertId, "acknowledge", new { by = "op-1" });
            await host.SetClockAsync(T0.AddMinutes(4));
            await ActAsync(host, alertId, "resolve", new { by = "op-1", resolution = "false_positive" });
            Assert.Equal(HttpStatusCode.Accepted, (await host.PostEventsAsync(new { deviceId = "rp-1", seq = 3, ts = T0.AddMinutes(4), type = "shift_end" })).Status);

            await Poll.UntilAsync("the resolution stored", TimeSpan.FromSeconds(30), async () =>
                await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM alerts WHERE id = @id AND status = 'resolved'", ("id", alertId)) == 1 ? null : "not resolved");
            before = await FiguresAsync(host);
        }

        await using var again = await ProductionHost.StartAsync(db, T0.AddHours(1));
        var after = await FiguresAsync(again);

        Assert.Equal(["1", "1", "0", "120", "240", "1", "1", "1"], before);
        Assert.Equal(before, after);
        var csv = await again.Client.GetStringAsync($"api/v1/reports/rules?{Period()}&format=csv");
        Assert.Contains("\r\nrule,battery_low,1,0,0,0,1,0,1,1\r\n", csv, StringComparison.Ordinal);
    }

    /// <summary>alerts, met, breached, ack p50 s, resolve p50 s, false positives, FP rate, deep-night alerts (03:00 in Paris).</summary>
    private static async Task<string[]> FiguresAsync(ProductionHost host)
    {
        var sla = (await host.GetAsync("api/v1/reports/sla?" + Period())).Body.GetProperty("total");
        var rules = (await host.GetAsync("api/v1/reports/rules?" + Period() + "&siteId=rs-1")).Body.GetProperty("total");
        var volume = (await host.GetAsync("api/v1/reports/alerts?" + Period())).Body.GetProperty("total");
        return
        [
            sla.GetProperty("alerts").ToString(), sla.GetProperty("met").ToString(), sla.GetProperty("breached").ToString(),
            sla.GetProperty("timeToAcknowledge").GetProperty("p50S").ToString(), sla.GetProperty("timeToResolve").GetProperty("p50S").ToString(),
            rules.GetProperty("falsePositive").ToString(), rules.GetProperty("falsePositiveRate").ToString(), volume.GetProperty("deepNightAlerts").ToString(),
        ];
    }

    private static string Period() =>
        $"from={T0.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}&to={T0.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";

    private static async Task ActAsync(ProductionHost host, string alertId, string action, object body)
    {
        var response = await host.Client.PostAsJsonAsync($"api/v1/alerts/{alertId}/{action}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
