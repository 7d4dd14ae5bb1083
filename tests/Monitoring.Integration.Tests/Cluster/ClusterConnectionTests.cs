using System.Globalization;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Three host processes with the default connection budget on one stock PostgreSQL server
/// (max_connections 100) under a burst of shift starts and telemetry from many concurrent senders:
/// no connection refused, no 5xx, every acknowledged event archived, and each silo within its budget.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterConnectionTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int SiloCount = 3;
    private const int GuardCount = 300;
    private const int SendersPerSilo = 4;
    private const int Budget = PostgresStore.DefaultMaxConnections;
    private static readonly TimeSpan LoadFor = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan RoundPause = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task ThreeSilos_StockServerUnderConcurrentLoad_NoConnectionErrorAndEachSiloWithinItsBudget()
    {
        var timeline = new Timeline(output);
        var db = await postgres.CreateDatabaseAsync("cluster_connections");
        var settings = ClusterSettings.ShortTimings(db);
        settings = settings with
        {
            Values = new Dictionary<string, string>(settings.Values) { ["Monitoring__Storage__MaxConnections"] = Budget.ToString(CultureInfo.InvariantCulture) },
        };
        var sampler = await ConnectionSampler.StartAsync(db);
        await using var cluster = await ClusterHarness.StartAsync(settings, SiloCount, "budget");
        timeline.Mark($"{SiloCount} silos active, budget {Budget} connections each");
        try
        {
            var driver = await LoadAsync(cluster, timeline);
            await sampler.DisposeAsync();
            await AssertAsync(cluster, driver, sampler, timeline);
        }
        catch
        {
            output.WriteLine(cluster.Describe(100));
            throw;
        }
        finally
        {
            await sampler.DisposeAsync();
        }
    }

    private static async Task<TelemetryDriver> LoadAsync(ClusterHarness cluster, Timeline timeline)
    {
        var guards = Enumerable.Range(0, GuardCount).Select(i => (GuardId: $"g-{i:000}", DeviceId: $"d-{i:000}", SiteId: $"site-{i % 10}")).ToList();
        var driver = new TelemetryDriver(cluster.Silos);
        using var hardStop = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await driver.StartShiftsAsync(guards, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop.Token, SendersPerSilo);
        timeline.Mark($"{driver.Acknowledged.Count} shifts started by {SiloCount * SendersPerSilo} concurrent senders");

        using var stop = new CancellationTokenSource(LoadFor);
        await driver.RunAsync([.. guards.Select(g => g.DeviceId)], RoundPause, stop.Token, hardStop.Token, SendersPerSilo);
        timeline.Mark($"load stopped: {driver.Acknowledged.Count} events in {driver.AcknowledgedBatches} batches acknowledged, " +
            $"{driver.FailedAttempts} failed attempts");
        return driver;
    }

    private async Task AssertAsync(ClusterHarness cluster, TelemetryDriver driver, ConnectionSampler sampler, Timeline timeline)
    {
        var peaks = sampler.Peaks;
        foreach (var (name, peak) in peaks.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  peak connections of '{name}': {peak}");
        }

        timeline.Mark($"{sampler.Samples} samples of pg_stat_activity");
        Assert.True(driver.FailedAttempts == 0, "Failed attempts:\n" + string.Join("\n", driver.FailureSummary));
        Assert.Empty(driver.Rejections);
        foreach (var silo in cluster.Silos)
        {
            Assert.False(silo.Output.Contains("53300") || silo.Output.Contains("too many clients"), $"{silo.Name} met the server's connection limit.");
            Assert.True(silo.Output.Contains($"this silo may use up to {Budget} (2 held by archive writers) of the 97 the server allows"),
                $"{silo.Name} did not log its connection sizing.");
            var name = peaks.Keys.SingleOrDefault(k => k.StartsWith(PostgresStore.DefaultApplicationName, StringComparison.Ordinal)
                && k.EndsWith($":{silo.SiloPort}", StringComparison.Ordinal));
            Assert.True(name is not null, $"No connections of {silo.Name} (silo port {silo.SiloPort}) seen among: {string.Join(", ", peaks.Keys)}");
            Assert.InRange(peaks[name], 1, Budget);
        }

        var sent = driver.Acknowledged.Select(e => $"{e.DeviceId} {e.Seq}").ToHashSet(StringComparer.Ordinal);
        var archived = (await Sql.ColumnAsync<string>(cluster.Settings.ConnectionString,
            "SELECT device_id || ' ' || seq FROM telemetry_archive WHERE tenant_id = @tenant", ("tenant", cluster.Settings.Tenant)))
            .ToHashSet(StringComparer.Ordinal);
        var missing = sent.Where(e => !archived.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {sent.Count} acknowledged events are not archived: {string.Join(", ", missing.Take(10))}");
    }
}
