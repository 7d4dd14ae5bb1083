using System.Net;
using System.Net.Http.Json;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Production;

/// <summary>On PostgreSQL the audit log is a table: its records outlive the host that wrote them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AuditPersistenceTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Audit_SitePutThenRestart_RecordsReadBackUnchanged()
    {
        var db = await postgres.CreateDatabaseAsync("audit_restart");
        string before;
        await using (var host = await ProductionHost.StartAsync(db, T0))
        {
            await PutSiteAsync(host, "North gate");
            await PutSiteAsync(host, "North gate B");
            var (status, body) = await host.GetAsync("api/v1/audit?resource=site");
            Assert.Equal(HttpStatusCode.OK, status);
            before = body.GetRawText();
        }

        await using var restarted = await ProductionHost.StartAsync(db, T0.AddHours(1));
        var (afterStatus, after) = await restarted.GetAsync("api/v1/audit?resource=site");

        Assert.Equal(HttpStatusCode.OK, afterStatus);
        Assert.Equal(before, after.GetRawText());
        var items = after.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("North gate", items[0].GetProperty("before").GetProperty("name").GetString());
        Assert.Equal("North gate B", items[0].GetProperty("after").GetProperty("name").GetString());
        Assert.Equal(T0, items[0].GetProperty("at").GetDateTimeOffset());
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM audit_log WHERE resource = 'site'"));
        var (_, clock) = await restarted.GetAsync("api/v1/audit?resource=clock");
        Assert.Equal(2, clock.GetProperty("items").GetArrayLength());
    }

    private static async Task PutSiteAsync(ProductionHost host, string name)
    {
        var response = await host.Client.PutAsJsonAsync("api/v1/sites/s1", new { name, timeZone = "UTC", lat = 48.85, lon = 2.35, geofenceRadiusM = 500 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
