using System.Collections.Concurrent;
using System.Net;
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
    // Three runtimes start at once on a machine that may be busy: generous bounds, never measures.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
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
        var processes = new List<SiloProcess>();
        try
        {
            var starting = Enumerable.Range(0, 2).Select(i => SiloProcess.StartAsync($"silo-{i}", settings.WithRole("silo"), StartTimeout)).ToList();
            try
            {
                await Task.WhenAll(starting);
            }
            finally
            {
                processes.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
            }

            var frontend = await SiloProcess.StartAsync("frontend", settings.WithRole("frontend"), StartTimeout);
            processes.Add(frontend);
            await Poll.UntilAsync("both silos active in the front-end's health", StartTimeout, async () =>
            {
                var active = (await frontend.MembersAsync()).Where(m => m.Status == "active").Select(m => m.Address).ToList();
                return processes.Take(2).All(s => active.Any(a => a.StartsWith(s.AddressPrefix, StringComparison.Ordinal))) ? null : string.Join(", ", active);
            });
            timeline.Mark("two silos and a front-end up");
            await RunAsync(frontend, [.. processes.Take(2)], timeline);
        }
        catch
        {
            output.WriteLine(string.Join("\n", processes.Select(p => p.Describe(150))));
            throw;
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
        }
    }

    private async Task RunAsync(SiloProcess frontend, IReadOnlyList<SiloProcess> silos, Timeline timeline)
    {
        var guards = Enumerable.Range(0, GuardCount).Select(i => (GuardId: $"g-st-{i:00}", DeviceId: $"d-st-{i:00}", SiteId: $"site-st-{i % 4}")).ToList();
        var driver = new TelemetryDriver([frontend]);
        using var stop = new CancellationTokenSource();
        using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        // Counted from here: the health probes of the start (refused until it listened) are not the run.
        frontend.Tally.Reset();

        // Shifts begun 3 minutes ago, phones lying still: every guard is inactive when evaluated.
        await driver.StartShiftsAsync(guards, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop.Token);
        var ingest = driver.RunAsync([.. guards.Select(g => g.DeviceId)], TimeSpan.FromMilliseconds(150), stop.Token, hardStop.Token, sendersPerEndpoint: 8);
        var reads = ReadGuardsAsync(frontend, [.. guards.Select(g => g.GuardId)], stop.Token);

        var alertIds = new List<string>();
        foreach (var guard in guards)
        {
            alertIds.AddRange(await EvaluateAsync(frontend, guard.GuardId));
        }

        Assert.True(alertIds.Count >= GuardCount, $"only {alertIds.Count} alerts raised for {GuardCount} guards");
        timeline.Mark($"{alertIds.Count} alerts raised through the front-end; telemetry and reads flowing");

        // The silo to stop is the one holding the most guards: its grains are the ones handed over.
        var victim = silos[0];
        await Poll.UntilAsync("guard grains on a silo", ServedTimeout, async () =>
        {
            var counts = new List<(SiloProcess Silo, long Guards)>();
            foreach (var silo in silos)
            {
                counts.Add((silo, await GrainsOnAsync(silo, "guard")));
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
        await AcknowledgeAsync(frontend, alertIds[..half], TimeSpan.Zero, acknowledged, refused);
        var lateAcks = AcknowledgeAsync(frontend, alertIds[half..], TimeSpan.FromMilliseconds(150), acknowledged, refused);

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

    /// <summary>
    /// The activations of <paramref name="grainType"/> on <paramref name="silo"/>, from its
    /// <c>orleans_catalog_activations</c> gauge on <c>/metrics</c>.
    /// </summary>
    private static async Task<long> GrainsOnAsync(SiloProcess silo, string grainType)
    {
        var text = await silo.Client.GetStringAsync("metrics");
        var lines = text.Split('\n')
            .Where(l => l.StartsWith("orleans_catalog_activations{", StringComparison.Ordinal) && l.Contains($"grain_type=\"{grainType}\"", StringComparison.Ordinal))
            .ToList();
        // "name{labels} value [timestamp]"
        var count = lines.Sum(l => (long)double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        return count;
    }

    /// <summary>Evaluates the guard through the front-end; returns the ids of its active alerts.</summary>
    private static async Task<IEnumerable<string>> EvaluateAsync(SiloProcess frontend, string guardId)
    {
        var (status, state) = await frontend.Client.SendJsonAsync(HttpMethod.Post, $"api/v1/guards/{guardId}/evaluate", new { });
        Assert.True(status == HttpStatusCode.OK, $"evaluate {guardId}: {(int)status} {state}");
        return state.GetProperty("activeAlerts").EnumerateArray().Select(a => a.GetProperty("alertId").GetString()!);
    }

    /// <summary>One acknowledgement per alert, no retry: a 200 lands in <paramref name="acknowledged"/>, anything else in <paramref name="refused"/>.</summary>
    private static async Task AcknowledgeAsync(
        SiloProcess frontend, IReadOnlyList<string> alertIds, TimeSpan pause, ConcurrentQueue<string> acknowledged, ConcurrentQueue<string> refused)
    {
        foreach (var alertId in alertIds)
        {
            try
            {
                var (status, body) = await frontend.Client.SendJsonAsync(
                    HttpMethod.Post, $"api/v1/alerts/{alertId}/acknowledge", new { by = By, notes = "calling the guard" });
                if (status == HttpStatusCode.OK && body.Text("status") == "acknowledged")
                {
                    acknowledged.Enqueue(alertId);
                }
                else
                {
                    refused.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {alertId}: {(int)status} {body}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                refused.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {alertId}: {e.GetType().Name} {e.Message}");
            }

            await Task.Delay(pause);
        }
    }

    /// <summary>Reads the guards' state through the front-end in turn until <paramref name="stop"/>; the tally counts every answer.</summary>
    private static async Task ReadGuardsAsync(SiloProcess frontend, IReadOnlyList<string> guardIds, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                using var response = await frontend.Client.GetAsync($"api/v1/guards/{guardIds[i % guardIds.Count]}", stop);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // Counted by the tally when it was no answer; the loop ends on stop.
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
