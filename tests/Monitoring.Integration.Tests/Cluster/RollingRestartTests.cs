using System.Collections.Concurrent;
using System.Diagnostics;
using Monitoring.Integration.Tests.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Two silos and a front-end on PostgreSQL (stock settings, short timings) under continuous load
/// through the front-end: telemetry, guard reads, alert acknowledgements. Every silo is restarted
/// in turn, as an orchestrator rolls a deployment: SIGTERM, wait until it exits on its own, start a
/// new process in its place, wait until the front-end lists it active and answers a read, then the
/// next. Nothing may be lost: no 5xx at the front-end (every attempt counts),
/// every event answered 202 archived once and counted by its device, every acknowledgement answered
/// 200 read back, and the guards evaluated by their reminders on the new silos.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RollingRestartTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int GuardCount = 24;
    private const int SleeperCount = 4;
    private const string By = "desk-rolling";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ServedTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan AckPause = TimeSpan.FromMilliseconds(1000);

    [Fact]
    public async Task RollingRestart_EverySiloInTurnUnderLoad_No5xxAndNothingLost()
    {
        var timeline = new Timeline(output);
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("rolling_restart"));
        await FrontedCluster.RunAsync(settings, timeline, output, cluster => RunAsync(cluster, timeline));
    }

    private async Task RunAsync(FrontedCluster cluster, Timeline timeline)
    {
        var frontend = cluster.Frontend;
        using var stop = new CancellationTokenSource();
        using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var load = await FrontendLoad.StartAsync(frontend, "rr", GuardCount, stop.Token, hardStop.Token);
        var (guards, driver, ingest, reads, alertIds) = load;
        var acknowledged = new ConcurrentQueue<string>();
        var refused = new ConcurrentQueue<string>();
        var acks = FrontendCalls.AcknowledgeAsync(frontend, By, alertIds, AckPause, acknowledged, refused);
        timeline.Mark($"{alertIds.Count} alerts raised; telemetry, reads and acknowledgements flowing");

        var rolls = new List<SiloRoll>();
        foreach (var old in cluster.Silos.ToList())
        {
            rolls.Add(await RollAsync(cluster, old, guards[0].GuardId, timeline));
        }

        var rolledAt = DateTimeOffset.UtcNow;
        var sleepers = await StartSleepersAsync(frontend, hardStop.Token);
        await Poll.UntilAsync("every guard evaluated by its reminder after the roll", ServedTimeout, async () =>
        {
            var behind = new List<string>();
            foreach (var guard in guards)
            {
                var state = await frontend.Client.GetJsonAsync($"api/v1/guards/{guard.GuardId}");
                if (state.Time("lastEvaluatedAt") is not { } at || at <= rolledAt)
                {
                    behind.Add($"{guard.GuardId} ({state.Time("lastEvaluatedAt"):HH:mm:ss.fff})");
                }
            }

            return behind.Count == 0 ? null : string.Join(", ", behind);
        });
        await Poll.UntilAsync("an inactivity alert for every guard put on shift after the roll", ServedTimeout, async () =>
        {
            var alerts = await frontend.Client.AllAlertsAsync("type=inactivity&status=active");
            var missing = sleepers.Where(g => !alerts.Any(a => a.Text("guardId") == g)).ToList();
            return missing.Count == 0 ? null : "none yet for " + string.Join(", ", missing);
        });
        timeline.Mark("guards evaluated and alerts raised on the new silos");

        await acks;
        await stop.CancelAsync();
        await ingest;
        await reads;
        Report(frontend, driver, rolls);
        var miscounted = await RollingChecks.AssertNothingLostAsync(cluster, driver, acknowledged, By);
        output.WriteLine($"devices whose eventsAccepted differs from the events acknowledged: {miscounted.Count}; " +
            $"grain state version conflicts the silos logged: {cluster.CountInOutput("InconsistentStateException")}");
        output.WriteLine($"feed flushes failed: {cluster.CountInOutput("Feed flush of")}, last flushes cut: {cluster.CountInOutput("last feed flush")}, " +
            $"log lines naming FlushFeedAsync (discarded nudges): {cluster.CountInOutput("FlushFeedAsync")}");
        foreach (var line in miscounted)
        {
            output.WriteLine("  " + line);
        }

        Assert.All(rolls, r => Assert.True(r.ExitCode == 0, $"{r.Name} exited with code {r.ExitCode}"));
        // One activation per grain throughout (the strongly consistent directory): a second one
        // would count a device's events apart and lose one side's counts at its next write.
        Assert.True(miscounted.Count == 0, $"{miscounted.Count} devices count other than what was acknowledged:\n{string.Join("\n", miscounted)}");
        Assert.Equal(0, cluster.CountInOutput("InconsistentStateException"));
        Assert.True(frontend.Tally.ServerErrors.Count == 0,
            $"{frontend.Tally.ServerErrors.Count} 5xx answers from the front-end:\n{string.Join("\n", frontend.Tally.ServerErrors.Take(20))}");
        Assert.True(frontend.Tally.NoAnswers.Count == 0,
            $"{frontend.Tally.NoAnswers.Count} calls to the front-end got no answer:\n{string.Join("\n", frontend.Tally.NoAnswers.Take(20))}");
        Assert.True(refused.IsEmpty, "acknowledgements not answered 200:\n" + string.Join("\n", refused));
        Assert.Equal(alertIds.Count, acknowledged.Count);
        Assert.True(driver.FailedAttempts == 0, "failed telemetry attempts:\n" + string.Join("\n", driver.FailureSummary));
        Assert.Empty(driver.Rejections);
    }

    /// <summary>SIGTERM to <paramref name="old"/>, its exit, a new silo in its place, until the front-end lists it active and answers a read.</summary>
    private static async Task<SiloRoll> RollAsync(FrontedCluster cluster, SiloProcess old, string guardId, Timeline timeline)
    {
        timeline.Mark($"SIGTERM to {old.Name}");
        var clock = Stopwatch.StartNew();
        var exitCode = await old.StopAsync(StopTimeout);
        var stopped = clock.Elapsed;
        cluster.Remove(old);
        timeline.Mark($"{old.Name} exited on its own, code {exitCode}, {stopped.TotalSeconds:0.0} s after SIGTERM");

        clock.Restart();
        var frontend = cluster.Frontend;
        var replacement = await cluster.StartSiloAsync(old.Name + "-new");
        var ownActive = clock.Elapsed;
        await cluster.WaitUntilFrontendSeesAsync(cluster.Silos, ServedTimeout);
        var active = clock.Elapsed;
        // Serving: a guard read through the front-end answers (the load's own reads go on meanwhile).
        await frontend.Client.GetJsonAsync($"api/v1/guards/{guardId}");
        var serving = clock.Elapsed;
        timeline.Mark($"{replacement.Name} active in its own health after {ownActive.TotalSeconds:0.0} s, in the front-end's after " +
            $"{active.TotalSeconds:0.0} s, a read through it answered after {serving.TotalSeconds:0.0} s");
        return new SiloRoll(old.Name, exitCode, stopped, ownActive, active, serving);
    }

    /// <summary>Puts sleeping guards on shift (begun 3 minutes ago, nothing since): their reminders must raise inactivity alerts.</summary>
    private static async Task<List<string>> StartSleepersAsync(SiloProcess frontend, CancellationToken hardStop)
    {
        var sleepers = Enumerable.Range(0, SleeperCount).Select(i => (GuardId: $"g-rr-sleep-{i}", DeviceId: $"d-rr-sleep-{i}", SiteId: "site-rr-sleep")).ToList();
        var driver = new TelemetryDriver([frontend]);
        await driver.StartShiftsAsync(sleepers, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop);
        Assert.Equal(SleeperCount, driver.Acknowledged.Count);
        return [.. sleepers.Select(s => s.GuardId)];
    }

    private void Report(SiloProcess frontend, TelemetryDriver driver, List<SiloRoll> rolls)
    {
        foreach (var r in rolls)
        {
            output.WriteLine($"{r.Name}: SIGTERM to exit {r.Stopped.TotalSeconds:0.0} s (code {r.ExitCode}); replacement start to active " +
                $"{r.OwnActive.TotalSeconds:0.0} s (own health), {r.Active.TotalSeconds:0.0} s (front-end's health), first read answered {r.Serving.TotalSeconds:0.0} s");
        }

        output.WriteLine($"front-end answers: {frontend.Tally.Summary}");
        output.WriteLine($"telemetry: {driver.AcknowledgedBatches} batches, {driver.Acknowledged.Count} events accepted, {driver.FailedAttempts} failed attempts");
        output.WriteLine($"departed-silo retries the front-end logged: {frontend.Output.Count("Departed silo:")}");
        foreach (var (kind, (took, at)) in frontend.Tally.Slowest.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  slowest {kind}: {took.TotalMilliseconds:0} ms (began {at})");
        }
    }
}
