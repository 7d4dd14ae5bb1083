using System.Diagnostics;
using System.Globalization;
using Monitoring.Integration.Tests.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Three host processes on one database under telemetry load; one is killed (SIGKILL) while the
/// phones keep posting and retry their failed batches, unchanged, on the survivors. Nothing
/// acknowledged may be lost (telemetry answered 202, alert actions answered 200), every guard must
/// be evaluated again on the survivors, and no guard may end up with two open inactivity alerts.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterFaultTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int SiloCount = 3;
    private const int GuardCount = 60;
    private const string Operator = "op-fault";
    private static readonly TimeSpan IngestPause = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan AlertTimeout = TimeSpan.FromSeconds(60);

    // Failure detection (probes every 5 s, 3 missed, 2 votes: 15-30 s) plus an evaluation period, with room.
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(90);

    // Once the dead silo is declared, a guard waits at most one period for its reminder's next tick.
    // The slack covers reactivating the grain from storage, the watch's one-second polling, and one
    // tick lost while the cluster settles (seen: a duplicate activation's write refused by the ETag).
    private static readonly TimeSpan RecoverySlack = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SiloKilled_DuringIngestOnThreeSilos_LosesNothingAcknowledgedAndKeepsEvaluatingEveryGuard()
    {
        var timeline = new Timeline(output);
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("cluster_fault"));
        await using var cluster = await ClusterHarness.StartAsync(settings, SiloCount, "fault");
        timeline.Mark($"{SiloCount} silos active: {string.Join(", ", cluster.Silos.Select(s => s.AddressPrefix))}");
        try
        {
            await RunAsync(cluster, timeline);
        }
        catch
        {
            output.WriteLine(cluster.Describe(150));
            throw;
        }
    }

    private async Task RunAsync(ClusterHarness cluster, Timeline timeline)
    {
        var guards = Enumerable.Range(0, GuardCount).Select(i => (GuardId: $"g-{i:00}", DeviceId: $"d-{i:00}", SiteId: $"site-{i % SiloCount}")).ToList();
        var guardIds = guards.Select(g => g.GuardId).ToList();
        var driver = new TelemetryDriver(cluster.Silos);
        using var stopIngest = new CancellationTokenSource();
        using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        // The shifts began 3 minutes ago, so the 1-minute window lies inside them (no "window_filling"
        // suppression). The phones send heartbeats, fixes of a phone lying still and phone interactions:
        // no movement, task or checkpoint, a score of at least 0.80. Every guard is inactive from its
        // first evaluation on and stays so: one inactivity alert each, which nothing can clear.
        await driver.StartShiftsAsync(guards, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop.Token);
        Assert.Equal(GuardCount, driver.Acknowledged.Count);
        var ingest = driver.RunAsync([.. guards.Select(g => g.DeviceId)], IngestPause, stopIngest.Token, hardStop.Token);
        timeline.Mark($"{GuardCount} shifts started; ingest running against all {SiloCount} silos");

        var victim = cluster.Silos[0];
        var survivors = cluster.Silos.Skip(1).ToList();
        var acknowledgedAlerts = new List<string>();
        DateTimeOffset killedAt;
        try
        {
            var alerts = await OneActiveAlertPerGuardAsync(cluster.Silos[1], guardIds);
            timeline.Mark($"every guard has an active inactivity alert ({driver.Acknowledged.Count} events acknowledged so far)");

            // A third of the alerts acknowledged just before the kill, through every silo; another third
            // right after it, through the survivors, repeated like a console would until answered 200.
            acknowledgedAlerts.AddRange(await new AlertDesk(cluster.Silos, Operator)
                .AcknowledgeAsync([.. guardIds.Where((_, i) => i % 3 == 0).Select(g => alerts[g])], TimeSpan.Zero));
            killedAt = DateTimeOffset.UtcNow;
            victim.Kill();
            timeline.Mark($"{acknowledgedAlerts.Count} alerts acknowledged through all silos; killed {victim.Name} ({victim.AddressPrefix})");

            var declaredDead = DeclaredDeadAsync(cluster, victim, survivors, timeline);
            var desk = new AlertDesk(survivors, Operator);
            var duringOutage = desk.AcknowledgeAsync([.. guardIds.Where((_, i) => i % 3 == 1).Select(g => alerts[g])], RecoveryTimeout);

            var evaluated = await GuardWatch.EvaluatedSinceAsync(survivors, guardIds, killedAt, RecoveryTimeout);
            var delays = evaluated.Values.Order().ToList();
            timeline.Mark($"all {GuardCount} guards evaluated again after the kill: median {delays[delays.Count / 2].TotalSeconds:0.0} s, " +
                $"slowest {delays[^1].TotalSeconds:0.0} s ({evaluated.MaxBy(kv => kv.Value).Key}) after it");
            var detected = await declaredDead;
            acknowledgedAlerts.AddRange(await duringOutage);
            timeline.Mark($"{GuardCount / 3} more alerts acknowledged through the survivors since the kill; " +
                $"{desk.FailedAttempts.Count} attempts failed and were repeated");
            desk.FailedAttempts.ForEach(f => output.WriteLine("  failed acknowledgement: " + f));
            Assert.True(delays[^1] <= detected + ClusterSettings.EvaluationPeriod + RecoverySlack,
                $"The slowest guard was evaluated again {delays[^1].TotalSeconds:0.0} s after the kill: more than failure detection " +
                $"({detected.TotalSeconds:0.0} s) plus one evaluation period ({ClusterSettings.EvaluationPeriod.TotalSeconds:0} s) " +
                $"plus {RecoverySlack.TotalSeconds:0} s of slack.");

            var batches = driver.AcknowledgedBatches;
            await Poll.UntilAsync("more batches acknowledged after recovery", TimeSpan.FromSeconds(30), () =>
                Task.FromResult(driver.AcknowledgedBatches >= batches + (2 * SiloCount) ? null : $"{driver.AcknowledgedBatches - batches} more"));
        }
        finally
        {
            await stopIngest.CancelAsync();
            hardStop.CancelAfter(TimeSpan.FromSeconds(45));
            await ingest;
        }

        timeline.Mark($"ingest stopped: {driver.Acknowledged.Count} events in {driver.AcknowledgedBatches} batches acknowledged, " +
            $"{driver.FailedAttempts} failed attempts retried elsewhere");
        foreach (var failure in driver.FailureSummary)
        {
            output.WriteLine("  failed attempts: " + failure);
        }

        await AssertArchivedExactlyOnceAsync(cluster.Settings, driver, killedAt);
        await AssertAcknowledgedAsync(cluster.Settings, survivors, acknowledgedAlerts);
        await AssertOneOpenAlertPerGuardAsync(cluster.Settings, survivors[0], guardIds);
        timeline.Mark("archive, acknowledged actions and open alerts checked");
    }

    /// <summary>How long after the kill until both survivors list only each other as active.</summary>
    private static async Task<TimeSpan> DeclaredDeadAsync(ClusterHarness cluster, SiloProcess victim, List<SiloProcess> survivors, Timeline timeline)
    {
        var clock = Stopwatch.StartNew();
        await cluster.WaitUntilMembersAsync(survivors, RecoveryTimeout);
        timeline.Mark($"the survivors no longer list {victim.Name} as active ({clock.Elapsed.TotalSeconds:0.0} s after the kill)");
        return clock.Elapsed;
    }

    private static async Task<Dictionary<string, string>> OneActiveAlertPerGuardAsync(SiloProcess silo, List<string> guardIds)
    {
        var alerts = new Dictionary<string, string>(StringComparer.Ordinal);
        await Poll.UntilAsync("every guard has an active inactivity alert", AlertTimeout, async () =>
        {
            var active = await silo.Client.AllAlertsAsync("type=inactivity&status=active");
            alerts = active.GroupBy(a => a.Text("guardId") ?? "").ToDictionary(g => g.Key, g => g.First().Text("alertId")!, StringComparer.Ordinal);
            if (guardIds.FirstOrDefault(g => !alerts.ContainsKey(g)) is not { } missing)
            {
                return null;
            }

            var state = await silo.Client.GetJsonAsync($"api/v1/guards/{missing}");
            return $"{alerts.Count} of {guardIds.Count} guards alerted; {missing}: lastEvaluation {state.GetProperty("lastEvaluation").GetRawText()}";
        });
        return alerts;
    }

    /// <summary>(a) Every event answered 202 is in the archive, and no (device, seq) is there twice.</summary>
    private async Task AssertArchivedExactlyOnceAsync(ClusterSettings settings, TelemetryDriver driver, DateTimeOffset killedAt)
    {
        var sent = driver.Acknowledged.ToList();
        Assert.Empty(driver.Rejections);
        Assert.Equal(sent.Count, sent.Select(e => (e.DeviceId, e.Seq)).Distinct().Count());
        Assert.Contains(sent, e => e.Ts > killedAt);

        var rows = (await Sql.ColumnAsync<string>(settings.ConnectionString,
                "SELECT device_id || ' ' || seq || ' ' || count(*) FROM telemetry_archive WHERE tenant_id = @tenant GROUP BY device_id, seq",
                ("tenant", settings.Tenant)))
            .Select(r => r.Split(' '))
            .ToDictionary(p => (p[0], long.Parse(p[1], CultureInfo.InvariantCulture)), p => long.Parse(p[2], CultureInfo.InvariantCulture));
        var missing = sent.Where(e => !rows.ContainsKey((e.DeviceId, e.Seq))).OrderBy(e => e.Ts).ToList();
        var repeated = rows.Where(r => r.Value > 1).ToList();
        output.WriteLine($"archive: {rows.Count} distinct (device, seq) rows for {sent.Count} acknowledged events " +
            $"({sent.Count(e => e.Ts > killedAt)} sent after the kill)");
        Assert.True(missing.Count == 0 && repeated.Count == 0,
            $"{missing.Count} of {sent.Count} events answered 202 are not in telemetry_archive " +
            $"({missing.Count(e => e.Ts > killedAt)} of them sent after the kill at {killedAt:HH:mm:ss.fff}); " +
            $"{repeated.Count} (device, seq) are there more than once. Missing, first ones: " +
            string.Join(", ", missing.Take(15).Select(e => $"{e.DeviceId}#{e.Seq}@{e.Ts:HH:mm:ss.fff}")) +
            "; repeated: " + string.Join(", ", repeated.Take(15).Select(r => $"{r.Key.Item1}#{r.Key.Item2} x{r.Value}")));
    }

    /// <summary>
    /// (b) Every alert action answered 200 is still applied: read back through the survivors, in the
    /// alerts table, and in the listing of acknowledged alerts (which reads that table).
    /// </summary>
    private static async Task AssertAcknowledgedAsync(ClusterSettings settings, List<SiloProcess> survivors, List<string> alertIds)
    {
        var wrong = new List<string>();
        foreach (var (alertId, i) in alertIds.Select((a, i) => (a, i)))
        {
            var alert = await survivors[i % survivors.Count].Client.GetJsonAsync($"api/v1/alerts/{alertId}");
            if (alert.Text("status") != "acknowledged" || alert.Text("acknowledgedBy") != Operator)
            {
                wrong.Add($"GET /alerts/{alertId}: status {alert.Text("status")}, acknowledgedBy {alert.Text("acknowledgedBy")}");
            }
        }

        var rows = await Sql.ColumnAsync<string>(settings.ConnectionString,
            "SELECT id || ' ' || status FROM alerts WHERE tenant_id = @tenant AND id = ANY(@ids)", ("tenant", settings.Tenant), ("ids", alertIds.ToArray()));
        wrong.AddRange(rows.Where(r => !r.EndsWith(" acknowledged", StringComparison.Ordinal)).Select(r => "alerts table: " + r));
        var listed = (await survivors[0].Client.AllAlertsAsync("type=inactivity&status=acknowledged")).Select(a => a.Text("alertId")).ToHashSet();
        wrong.AddRange(alertIds.Where(a => !listed.Contains(a)).Select(a => $"GET /alerts?status=acknowledged does not list {a}"));
        Assert.True(wrong.Count == 0 && rows.Count == alertIds.Count,
            $"{alertIds.Count} alerts were acknowledged (200); {rows.Count} of them have a row in alerts; not acknowledged any more:\n" +
            string.Join("\n", wrong));
    }

    /// <summary>
    /// (d) Each guard, inactive throughout, has exactly one open inactivity alert: none lost, none
    /// raised twice. Checked through the API (every open status) and in the alerts table.
    /// </summary>
    private async Task AssertOneOpenAlertPerGuardAsync(ClusterSettings settings, SiloProcess silo, List<string> guardIds)
    {
        var open = new List<(string GuardId, string AlertId, string Status)>();
        foreach (var status in new[] { "active", "acknowledged", "verifying" })
        {
            open.AddRange((await silo.Client.AllAlertsAsync($"type=inactivity&status={status}"))
                .Select(a => (a.Text("guardId") ?? "", a.Text("alertId") ?? "", status)));
        }

        var total = await Sql.ScalarAsync<long>(settings.ConnectionString,
            "SELECT count(*) FROM alerts WHERE tenant_id = @tenant AND type = 'inactivity'", ("tenant", settings.Tenant));
        output.WriteLine($"inactivity alerts: {open.Count} open for {guardIds.Count} guards, {total} in the alerts table in all");
        var byGuard = open.ToLookup(a => a.GuardId);
        var wrong = guardIds.Where(g => byGuard[g].Count() != 1)
            .Select(g => $"{g}: {byGuard[g].Count()} open ({string.Join(", ", byGuard[g].Select(a => $"{a.AlertId} {a.Status}"))})")
            .ToList();
        var doubled = await Sql.ColumnAsync<string>(settings.ConnectionString,
            "SELECT guard_id || ': ' || count(*) || ' open in the alerts table' FROM alerts WHERE tenant_id = @tenant AND type = 'inactivity' " +
            "AND status IN ('active', 'acknowledged', 'verifying') GROUP BY guard_id HAVING count(*) > 1",
            ("tenant", settings.Tenant));
        wrong.AddRange(doubled);
        Assert.True(wrong.Count == 0, "Guards without exactly one open inactivity alert:\n" + string.Join("\n", wrong));
    }
}
