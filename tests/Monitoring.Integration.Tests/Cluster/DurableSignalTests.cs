using System.Net;
using Monitoring.Integration.Tests.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Two host processes on PostgreSQL with the site signals on the durable ADO.NET stream provider.
/// Alerts are raised on many guards of several sites at once and one silo is killed (SIGKILL) the
/// moment the last of them is answered, while their signals are still on their way to the sites'
/// correlation grains. Whichever silo held the stream queue, an alert grain or a correlation grain,
/// every alert must still end up in an incident that lists it, and the queue must drain: no
/// message left, none dead-lettered. Run once killing each silo, so one of the runs kills the
/// silo polling the queue.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DurableSignalTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int GuardCount = 24;
    private const int SiteCount = 6;

    // Failure detection (15-30 s), the 30-s visibility timeout of a signal taken by the dead silo,
    // reactivating grains from storage; with room for a loaded machine.
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(180);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task AlertsRaisedJustBeforeSiloKill_EndUpInTheirIncidents(int victimIndex)
    {
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("durable_signals"));
        // Alerts come only from the test's evaluations, not from the 10-s reminder.
        settings = settings with { Values = new Dictionary<string, string>(settings.Values) { ["Monitoring__Inactivity__EvaluationPeriod"] = "00:05:00" } };
        await using var cluster = await ClusterHarness.StartAsync(settings, 2, "signals");
        try
        {
            await RunAsync(cluster, cluster.Silos[victimIndex], cluster.Silos[1 - victimIndex]);
        }
        catch
        {
            output.WriteLine(cluster.Describe(150));
            throw;
        }
    }

    private async Task RunAsync(ClusterHarness cluster, SiloProcess victim, SiloProcess survivor)
    {
        var guards = Enumerable.Range(0, GuardCount).Select(i => (GuardId: $"g-{i:00}", DeviceId: $"d-{i:00}", SiteId: $"site-{i % SiteCount}")).ToList();
        var driver = new TelemetryDriver(cluster.Silos);
        using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        // Shifts that began 3 minutes ago and phones lying still: every guard is inactive when evaluated.
        await driver.StartShiftsAsync(guards, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop.Token);
        for (var round = 0; round < 3; round++)
        {
            await driver.SendRoundAsync([.. guards.Select(g => g.DeviceId)], round, round % 2, hardStop.Token);
        }

        // Through the survivor, so no call is cut by the kill; the grains live on both silos.
        var raised = await Task.WhenAll(guards.Select(g => EvaluateAsync(survivor, g.GuardId)));
        victim.Kill();
        var alertIds = raised.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine($"{alertIds.Count} alerts raised on {GuardCount} guards; {victim.Name} killed at once");
        Assert.True(alertIds.Count >= GuardCount, $"only {alertIds.Count} alerts raised for {GuardCount} guards");

        var unlinked = alertIds.ToHashSet(StringComparer.Ordinal);
        var took = await Poll.UntilAsync("every alert linked to an incident that lists it", RecoveryTimeout, async () =>
        {
            foreach (var alertId in unlinked.ToList())
            {
                var alert = await survivor.Client.GetJsonAsync($"api/v1/alerts/{alertId}");
                if (alert.Text("incidentId") is not { } incidentId)
                {
                    continue;
                }

                var incident = await survivor.Client.GetJsonAsync($"api/v1/incidents/{incidentId}");
                if (incident.GetProperty("alertIds").EnumerateArray().Any(a => a.GetString() == alertId))
                {
                    unlinked.Remove(alertId);
                }
            }

            return unlinked.Count == 0 ? null : $"{unlinked.Count} not yet: {string.Join(", ", unlinked.Take(5))}";
        });
        output.WriteLine($"all {alertIds.Count} alerts in their incidents {took.TotalSeconds:0.0} s after the kill");

        await Poll.UntilAsync("the signal queue drained", RecoveryTimeout, async () =>
        {
            var left = await Sql.ScalarAsync<long>(cluster.Settings.ConnectionString, "SELECT count(*) FROM orleans_stream_messages");
            return left == 0 ? null : $"{left} messages";
        });
        Assert.Equal(0L, await Sql.ScalarAsync<long>(cluster.Settings.ConnectionString, "SELECT count(*) FROM orleans_stream_dead_letters"));
    }

    /// <summary>Evaluates the guard now; returns the ids of its active alerts.</summary>
    private static async Task<IEnumerable<string>> EvaluateAsync(SiloProcess silo, string guardId)
    {
        var (status, state) = await silo.Client.SendJsonAsync(HttpMethod.Post, $"api/v1/guards/{guardId}/evaluate", new { });
        Assert.True(status == HttpStatusCode.OK, $"evaluate {guardId}: {(int)status} {state}");
        return state.GetProperty("activeAlerts").EnumerateArray().Select(a => a.GetProperty("alertId").GetString()!);
    }
}
