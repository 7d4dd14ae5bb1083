using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Monitoring.Integration.Tests.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// The host roles as processes on one PostgreSQL database: two silos (<c>Monitoring__Role=silo</c>)
/// and a front-end (<c>frontend</c>, an Orleans client). Telemetry goes in through the front-end
/// only; the alert the silos raise is read through its API and arrives on its hub. A front-end
/// started before any silo keeps trying and becomes healthy once one is up.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FrontendRoleTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string SiteId = "site-fe";
    // Three runtimes start at once on a machine that may be busy: a generous bound, never a measure.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan AlertTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Frontend_TwoSilosBehindIt_IngestRaisesAnAlertSeenThroughItsApiAndHub()
    {
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("roles_cluster"));
        await using var cluster = await FrontedCluster.StartAsync(settings);
        var frontend = cluster.Frontend;
        HubConnection? hub = null;
        try
        {
            await AssertSiloServesNoApiAsync(cluster.Silos[0]);

            var raised = new ConcurrentQueue<JsonElement>();
            hub = await ConnectAsync(frontend, settings.ApiKey, raised);

            var guards = Enumerable.Range(0, 4).Select(i => (GuardId: $"g-fe-{i}", DeviceId: $"d-fe-{i}", SiteId)).ToList();
            var driver = new TelemetryDriver([frontend]);
            using var stop = new CancellationTokenSource();
            using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            // Shifts that began 3 minutes ago, phones lying still: inactive from the first evaluation on.
            await driver.StartShiftsAsync(guards, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop.Token);
            Assert.Equal(guards.Count, driver.Acknowledged.Count);
            var ingest = driver.RunAsync([.. guards.Select(g => g.DeviceId)], TimeSpan.FromSeconds(1), stop.Token, hardStop.Token);

            var alerts = new List<JsonElement>();
            await Poll.UntilAsync("an inactivity alert for every guard through the front-end's API", AlertTimeout, async () =>
            {
                alerts = await frontend.Client.AllAlertsAsync("type=inactivity&status=active");
                var missing = guards.Select(g => g.GuardId).Where(g => !alerts.Any(a => a.Text("guardId") == g)).ToList();
                return missing.Count == 0 ? null : $"no alert yet for {string.Join(", ", missing)}";
            });
            await Poll.UntilAsync("the alerts on the front-end's hub", AlertTimeout, () => Task.FromResult(
                alerts.All(a => raised.Any(r => r.GetProperty("guardId").GetString() == a.Text("guardId")))
                    ? null
                    : $"{raised.Count} alert_raised envelopes: {string.Join(", ", raised.Select(r => r.GetProperty("guardId").GetString()))}"));

            // An action through the front-end reaches the alert grain on a silo.
            var (status, body) = await frontend.Client.SendJsonAsync(
                HttpMethod.Post, $"api/v1/alerts/{alerts[0].Text("alertId")}/acknowledge", new { by = "desk", notes = "calling" });
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("acknowledged", body.Text("status"));

            await stop.CancelAsync();
            await ingest;
            Assert.Empty(driver.Rejections);
            Assert.Equal(0, driver.FailedAttempts);
        }
        catch
        {
            output.WriteLine(cluster.Describe(120));
            throw;
        }
        finally
        {
            if (hub is not null)
            {
                await hub.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Frontend_StartedBeforeAnySilo_RetriesAndBecomesHealthy()
    {
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("roles_early"));
        var processes = new List<SiloProcess>();
        try
        {
            var frontend = SiloProcess.StartWithoutWaiting("frontend", settings.WithRole("frontend"));
            processes.Add(frontend);
            await Poll.UntilAsync("the front-end saying it retries", StartTimeout, () =>
            {
                Assert.False(frontend.HasExited, "the front-end gave up without silos:\n" + frontend.Describe(80));
                return Task.FromResult(frontend.Output.Contains("no silo reachable yet") ? null : "no retry logged yet");
            });

            processes.Add(await SiloProcess.StartAsync("silo", settings.WithRole("silo"), StartTimeout));
            await frontend.WaitUntilActiveAsync(StartTimeout);

            var (status, _) = await frontend.Client.SendJsonAsync(HttpMethod.Post, "api/v1/telemetry", new
            {
                events = new[] { new { deviceId = "d-early", seq = 1, ts = DateTimeOffset.UtcNow, type = "shift_start", guardId = "g-early", siteId = SiteId } },
            });
            Assert.Equal(HttpStatusCode.Accepted, status);
            var guard = await frontend.Client.GetJsonAsync("api/v1/guards/g-early");
            Assert.True(guard.GetProperty("onShift").GetBoolean());
        }
        catch
        {
            output.WriteLine(string.Join("\n", processes.Select(p => p.Describe(120))));
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

    /// <summary>A silo answers health, and nothing of the API or the dashboard.</summary>
    private static async Task AssertSiloServesNoApiAsync(SiloProcess silo)
    {
        using var alerts = await silo.Client.GetAsync("api/v1/alerts");
        using var page = await silo.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, alerts.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private static async Task<HubConnection> ConnectAsync(SiloProcess frontend, string key, ConcurrentQueue<JsonElement> raised)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(frontend.BaseAddress, "hubs/monitoring"), o => o.Headers["X-Api-Key"] = key)
            .Build();
        connection.On<JsonElement>("event", envelope =>
        {
            if (envelope.GetProperty("type").GetString() == "alert_raised")
            {
                raised.Enqueue(envelope.Clone());
            }
        });
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", new { siteId = SiteId });
        return connection;
    }
}
