using System.Collections.Concurrent;
using Monitoring.Integration.Tests.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Two silos and a front-end on PostgreSQL (stock settings but short timings). Telemetry for the
/// guards flows through the front-end without a break, their state is read through it, their
/// alerts are raised and acknowledged through it; then one silo gets SIGTERM, as an orchestrator
/// sends it, while telemetry, reads and acknowledgements go on. The silo must exit on its own, the
/// front-end must answer no 5xx at any moment (every attempt counts, a retried 503 too), every
/// acknowledgement answered 200 must still be there afterwards, and the survivor must go on
/// serving every guard.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SigtermHandoverTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int GuardCount = 24;
    private const string By = "desk-sigterm";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ServedTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LoadAfterExit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sigterm_OneOfTwoSilosUnderLoad_ExitsWithNo5xxAtTheFrontendAndNoLostAcknowledgement()
    {
        var timeline = new Timeline(output);
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("sigterm_handover"));
        // Alerts come from the test's evaluations only, not from the reminder.
        settings = settings with { Values = new Dictionary<string, string>(settings.Values) { ["Monitoring__Inactivity__EvaluationPeriod"] = "00:05:00" } };
        await FrontedCluster.RunAsync(settings, timeline, output, cluster => RunAsync(cluster.Frontend, cluster.Silos, timeline));
    }

    private async Task RunAsync(SiloProcess frontend, IReadOnlyList<SiloProcess> silos, Timeline timeline)
    {
        using var stop = new CancellationTokenSource();
        using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var load = await FrontendLoad.StartAsync(frontend, "st", GuardCount, stop.Token, hardStop.Token);
        var (guards, driver, ingest, reads, alertIds) = load;
        timeline.Mark($"{alertIds.Count} alerts raised through the front-end; telemetry and reads flowing");

        // The silo to stop is the one holding the most guards: its grains are the ones handed over.
        var victim = silos[0];
        await Poll.UntilAsync("guard grains on a silo", ServedTimeout, async () =>
        {
            var counts = new List<(SiloProcess Silo, long Guards)>();
            foreach (var silo in silos)
            {
                counts.Add((silo, await FrontendCalls.GrainsOnAsync(silo, "guard")));
            }

            victim = counts.MaxBy(c => c.Guards).Silo;
            var seen = string.Join(", ", counts.Select(c => $"{c.Silo.Name} {c.Guards}"));
            if (counts.Sum(c => c.Guards) == 0)
            {
                return $"none yet ({seen})";
            }

            timeline.Mark($"guard activations: {seen}");
            return null;
        });

        // Half acknowledged before the signal, the other half while the silo stops.
        var acknowledged = new ConcurrentQueue<string>();
        var refused = new ConcurrentQueue<string>();
        var half = alertIds.Count / 2;
        await FrontendCalls.AcknowledgeAsync(frontend, By, alertIds[..half], TimeSpan.Zero, acknowledged, refused);
        var lateAcks = FrontendCalls.AcknowledgeAsync(frontend, By, alertIds[half..], TimeSpan.FromMilliseconds(150), acknowledged, refused);

        timeline.Mark($"SIGTERM to {victim.Name}");
        var exitCode = await victim.StopAsync(StopTimeout);
        var exitedAt = DateTimeOffset.UtcNow;
        timeline.Mark($"{victim.Name} exited on its own, code {exitCode}");
        await lateAcks;
        timeline.Mark($"{acknowledged.Count} acknowledgements answered 200, {refused.Count} otherwise");

        // The load goes on against the survivor alone for a while, then every guard must show it.
        await Task.Delay(LoadAfterExit);
        var took = await Poll.UntilAsync("every guard's state, served by the survivor, showing telemetry sent after the exit", ServedTimeout, async () =>
        {
            var behind = new List<string>();
            foreach (var guard in guards)
            {
                var state = await frontend.Client.GetJsonAsync($"api/v1/guards/{guard.GuardId}");
                if (state.GetProperty("onShift").GetBoolean() is false || state.Time("lastSeenAt") is not { } seen || seen <= exitedAt)
                {
                    behind.Add($"{guard.GuardId} (onShift {state.GetProperty("onShift")}, lastSeenAt {state.Time("lastSeenAt"):HH:mm:ss.fff})");
                }
            }

            return behind.Count == 0 ? null : string.Join(", ", behind);
        });
        timeline.Mark($"every guard served after the exit ({took.TotalSeconds:0.0} s of polling)");

        await stop.CancelAsync();
        await ingest;
        await reads;

        foreach (var alertId in acknowledged)
        {
            var alert = await frontend.Client.GetJsonAsync($"api/v1/alerts/{alertId}");
            Assert.True(alert.Time("acknowledgedAt") is not null && alert.Text("acknowledgedBy") == By,
                $"alert {alertId} was acknowledged (200) but reads back status {alert.Text("status")}, acknowledgedBy {alert.Text("acknowledgedBy")}");
        }

        output.WriteLine($"front-end answers: {frontend.Tally.Summary}");
        output.WriteLine($"telemetry: {driver.AcknowledgedBatches} batches accepted, {driver.FailedAttempts} failed attempts");
        output.WriteLine($"calls the front-end made again after the silo left: {frontend.Output.Count("Departed silo:")}");
        foreach (var failure in driver.FailureSummary)
        {
            output.WriteLine("  " + failure);
        }

        Assert.Equal(0, exitCode);
        Assert.True(frontend.Tally.ServerErrors.Count == 0,
            $"{frontend.Tally.ServerErrors.Count} 5xx answers from the front-end:\n{string.Join("\n", frontend.Tally.ServerErrors.Take(20))}");
        Assert.True(frontend.Tally.NoAnswers.Count == 0,
            $"{frontend.Tally.NoAnswers.Count} calls to the front-end got no answer:\n{string.Join("\n", frontend.Tally.NoAnswers.Take(20))}");
        Assert.True(refused.IsEmpty, "acknowledgements not answered 200:\n" + string.Join("\n", refused));
        Assert.Equal(alertIds.Count, acknowledged.Count);
        Assert.Equal(0, driver.FailedAttempts);
        Assert.Empty(driver.Rejections);
    }
}
