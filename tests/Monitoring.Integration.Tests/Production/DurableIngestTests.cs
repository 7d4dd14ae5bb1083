using System.Net;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Production;

/// <summary>With PostgreSQL a 202 means archived: exactly once, and never when the archive failed.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DurableIngestTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ingest_RepeatedBatch_ArchivedOnceAndReadBackInOrder()
    {
        var db = await postgres.CreateDatabaseAsync("ingest_once");
        await using var host = await ProductionHost.StartAsync(db, T0);
        object[] batch =
        [
            new { deviceId = "d1", seq = 1, ts = T0, type = "shift_start", guardId = "g1", siteId = "s1", shiftEndsAt = T0.AddHours(8) },
            new { deviceId = "d1", seq = 2, ts = T0.AddSeconds(1), type = "heartbeat", battery = 55.5, charging = false, signalDbm = -80 },
            new { deviceId = "d1", seq = 3, ts = T0.AddSeconds(2), type = "location", lat = 48.1, lon = 2.2, accuracyM = 5 },
        ];

        var first = await host.PostEventsAsync(batch);
        var again = await host.PostEventsAsync(batch);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal(3, first.Body.GetProperty("accepted").GetInt32());
        Assert.Equal(3, again.Body.GetProperty("duplicates").GetInt32());
        Assert.Equal(3L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM telemetry_archive"));
        var read = await host.GetAsync($"api/v1/telemetry/d1?from={Iso(T0)}&to={Iso(T0.AddMinutes(1))}");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        var items = read.Body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([1L, 2L, 3L], items.Select(i => i.GetProperty("seq").GetInt64()));
        Assert.Equal("shift_start", items[0].GetProperty("type").GetString());
        Assert.Equal(T0.AddHours(8), items[0].GetProperty("shiftEndsAt").GetDateTimeOffset());
        Assert.Equal(55.5, items[1].GetProperty("battery").GetDouble());
        Assert.Equal(2.2, items[2].GetProperty("lon").GetDouble());
    }

    [Fact]
    public async Task Ingest_ArchiveFails_503NothingAcknowledged_RetryArchivesOnce()
    {
        var db = await postgres.CreateDatabaseAsync("ingest_fault");
        await using var host = await ProductionHost.StartAsync(db, T0);
        object[] batch = [Event("d2", 1, T0, "shift_start", guardId: "g2", siteId: "s1"), Event("d2", 2, T0.AddSeconds(5), "phone")];
        await Sql.ExecuteAsync(db, "ALTER TABLE telemetry_archive RENAME TO telemetry_archive_away");

        var failed = await host.PostEventsAsync(batch);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Contains("archived", failed.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM telemetry_archive_away"));

        await Sql.ExecuteAsync(db, "ALTER TABLE telemetry_archive_away RENAME TO telemetry_archive");
        var retried = await host.PostEventsAsync(batch);
        await host.PostEventsAsync(batch);

        Assert.Equal(HttpStatusCode.Accepted, retried.Status);
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM telemetry_archive WHERE device_id = 'd2'"));
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-11-24T01:00:00", "to")]
    [InlineData("from=2026-11-24T02:00:00Z&to=2026-11-24T01:00:00Z", "from")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=10001", "limit")]
    public async Task ArchiveRead_BadQuery_400NamingTheField(string query, string field)
    {
        var db = await postgres.CreateDatabaseAsync("archive_read_bad");
        await using var host = await ProductionHost.StartAsync(db, T0);

        var (status, body) = await host.GetAsync("api/v1/telemetry/d1?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    private static object Event(string device, long seq, DateTimeOffset ts, string type, string? guardId = null, string? siteId = null) =>
        new { deviceId = device, seq, ts, type, guardId, siteId };

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.UtcDateTime.ToString("O"));
}
