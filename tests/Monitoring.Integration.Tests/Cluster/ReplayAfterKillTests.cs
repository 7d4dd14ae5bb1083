using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Monitoring.Integration.Tests.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Two host processes; every batch either acknowledged is sent again after one of them is killed
/// (SIGKILL). The device grains that lived on the dead silo come back from a checkpoint older than
/// those batches (the period is set far beyond the test), so only the archive can tell that the
/// replays were acknowledged before: every replay must be answered with duplicates and none
/// accepted, every acknowledged event must be archived once, and new events must still count.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplayAfterKillTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int DeviceCount = 100;
    private const int Rounds = 10;
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AcknowledgedBatches_ResentAfterSiloKill_AreAllDuplicatesAndArchivedOnce()
    {
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("replay_kill"));
        settings = settings with { Values = new Dictionary<string, string>(settings.Values) { ["Monitoring__Storage__CheckpointPeriod"] = "01:00:00" } };
        await using var cluster = await ClusterHarness.StartAsync(settings, 2, "replay");
        try
        {
            await RunAsync(cluster);
        }
        catch
        {
            output.WriteLine(cluster.Describe(120));
            throw;
        }
    }

    private async Task RunAsync(ClusterHarness cluster)
    {
        var guards = Enumerable.Range(0, DeviceCount).Select(i => (GuardId: $"g-{i:000}", DeviceId: $"d-{i:000}", SiteId: $"site-{i % 4}")).ToList();
        var devices = guards.Select(g => g.DeviceId).ToList();
        var driver = new TelemetryDriver(cluster.Silos);
        using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await driver.StartShiftsAsync(guards, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop.Token);
        for (var round = 0; round < Rounds; round++)
        {
            await driver.SendRoundAsync(devices, round, round % 2, hardStop.Token);
        }

        var acknowledged = driver.AcknowledgedBodies.ToList();
        var events = acknowledged.Sum(b => b.Events);
        output.WriteLine($"{acknowledged.Count} batches ({events} events) acknowledged through both silos");

        var victim = cluster.Silos[0];
        var survivor = cluster.Silos[1];
        victim.Kill();
        var clock = Stopwatch.StartNew();
        await cluster.WaitUntilMembersAsync([survivor], RecoveryTimeout);
        output.WriteLine($"{victim.Name} killed; the survivor lists only itself after {clock.Elapsed.TotalSeconds:0.0} s");

        int accepted = 0, duplicates = 0, retried = 0;
        foreach (var (body, count) in acknowledged)
        {
            var (answer, attempts) = await PostUntilAcceptedAsync(survivor, body, hardStop.Token);
            retried += attempts - 1;
            accepted += answer.GetProperty("accepted").GetInt32();
            duplicates += answer.GetProperty("duplicates").GetInt32();
            Assert.Equal(0, answer.GetProperty("rejected").GetArrayLength());
        }

        output.WriteLine($"replayed through the survivor: {accepted} accepted, {duplicates} duplicates, {retried} attempts repeated");
        Assert.Equal(0, accepted);
        Assert.Equal(events, duplicates);

        var rows = await Sql.ScalarAsync<long>(cluster.Settings.ConnectionString,
            "SELECT count(*) FROM telemetry_archive WHERE tenant_id = @tenant", ("tenant", cluster.Settings.Tenant));
        var distinct = await Sql.ScalarAsync<long>(cluster.Settings.ConnectionString,
            "SELECT count(DISTINCT (device_id, seq)) FROM telemetry_archive WHERE tenant_id = @tenant", ("tenant", cluster.Settings.Tenant));
        Assert.Equal(events, rows);
        Assert.Equal(events, distinct);

        await driver.SendRoundAsync(devices, Rounds, 1, hardStop.Token);
        Assert.Equal(events + DeviceCount, await Sql.ScalarAsync<long>(cluster.Settings.ConnectionString,
            "SELECT count(*) FROM telemetry_archive WHERE tenant_id = @tenant", ("tenant", cluster.Settings.Tenant)));
        Assert.Empty(driver.Rejections);
    }

    /// <summary>Posts until the survivor answers 202 (a 503 while it settles is retried unchanged, as a phone does).</summary>
    private static async Task<(JsonElement Answer, int Attempts)> PostUntilAcceptedAsync(SiloProcess silo, string body, CancellationToken stop)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await silo.Client.PostAsync("api/v1/telemetry", content, stop);
            var text = await response.Content.ReadAsStringAsync(stop);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return (JsonDocument.Parse(text).RootElement.Clone(), attempt);
            }

            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 50, $"attempt {attempt}: {(int)response.StatusCode} {text}");
            await Task.Delay(TimeSpan.FromMilliseconds(200), stop);
        }
    }
}
