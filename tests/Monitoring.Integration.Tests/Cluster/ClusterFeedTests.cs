using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// The live feed across silos: a dashboard connected to either silo sees every guard's updates,
/// whichever silo took the telemetry and wherever the grains were placed.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterFeedTests(PostgresFixture postgres)
{
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Feed_TwoSilos_EachDashboardSeesEveryGuardWhereverItLives()
    {
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("cluster_feed"));
        await using var cluster = await ClusterHarness.StartAsync(settings, 2, "feed");
        var seen = cluster.Silos.Select(_ => new ConcurrentDictionary<string, JsonElement>(StringComparer.Ordinal)).ToArray();
        var connections = new List<HubConnection>();
        try
        {
            for (var i = 0; i < cluster.Silos.Count; i++)
            {
                connections.Add(await ConnectAsync(cluster.Silos[i], settings.ApiKey, seen[i]));
            }

            var guards = Enumerable.Range(0, 12).Select(i => $"g-feed-{i}").ToList();
            var now = DateTimeOffset.UtcNow;
            var events = guards.Select((g, i) => new
            {
                deviceId = $"d-feed-{i}", seq = 1, ts = now, type = "shift_start", guardId = g, siteId = "site-feed",
            }).ToArray();

            // Half the phones post to each silo, so the device and guard grains are placed on both.
            for (var i = 0; i < cluster.Silos.Count; i++)
            {
                var half = events.Where((_, k) => k % cluster.Silos.Count == i).ToArray();
                var response = await cluster.Silos[i].Client.PostAsJsonAsync("api/v1/telemetry", new { events = half });
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            }

            var deadline = DateTime.UtcNow + WaitTimeout;
            while (DateTime.UtcNow < deadline && !seen.All(s => guards.All(s.ContainsKey)))
            {
                await Task.Delay(100);
            }

            for (var i = 0; i < seen.Length; i++)
            {
                var missing = guards.Where(g => !seen[i].ContainsKey(g)).ToList();
                Assert.True(missing.Count == 0, $"the dashboard on silo {i} never saw {string.Join(", ", missing)}");
                Assert.All(seen[i].Values, e => Assert.Equal(settings.Tenant, e.GetProperty("tenantId").GetString()));
            }
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task<HubConnection> ConnectAsync(SiloProcess silo, string key, ConcurrentDictionary<string, JsonElement> seen)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo.BaseAddress, "hubs/monitoring"), o => o.Headers["X-Api-Key"] = key)
            .Build();
        connection.On<JsonElement>("event", envelope =>
        {
            if (envelope.GetProperty("type").GetString() == "guard_updated" && envelope.GetProperty("guardId").GetString() is { } guard)
            {
                seen[guard] = envelope.Clone();
            }
        });
        await connection.StartAsync();
        // The site's group: tenant-wide subscribers get site summaries, not each guard's updates.
        await connection.InvokeAsync("Subscribe", new { siteId = "site-feed" });
        return connection;
    }
}
