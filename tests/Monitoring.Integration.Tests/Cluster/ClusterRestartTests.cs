using System.Net;
using System.Text.Json;
using Monitoring.Integration.Tests.Postgres;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// A whole cluster stopped gracefully and replaced by new processes on the same database: what
/// operators saw before (site, acknowledged alert, incident and its investigation, guards on shift, feed) is back through
/// the API, the feed continues after its old envelopes, and the guards' evaluation reminders fire
/// again on their own.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterRestartTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int SiloCount = 2;
    private const string SiteId = "site-r";
    private const string Operator = "op-restart";
    private static readonly string[] GuardIds = ["g-r0", "g-r1", "g-r2", "g-r3"];
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Restart_AllSilosStoppedAndNewOnesStarted_RestoresAlertIncidentGuardsFeedAndReminders()
    {
        var timeline = new Timeline(output);
        var settings = ClusterSettings.ShortTimings(await postgres.CreateDatabaseAsync("cluster_restart"));
        ClusterHarness? before = null;
        ClusterHarness? after = null;
        try
        {
            before = await ClusterHarness.StartAsync(settings, SiloCount, "before");
            timeline.Mark($"{SiloCount} silos active");
            var seen = await PrepareAsync(before, timeline);

            var exits = await before.StopAllAsync(StopTimeout);
            timeline.Mark("stopped gracefully: " + string.Join(", ", exits.Select(e => $"{e.Name} exit code {e.ExitCode}")));
            Assert.All(exits, e => Assert.True(e.ExitCode == 0, $"{e.Name} exited with code {e.ExitCode} after SIGTERM"));
            var lastSeq = await Sql.ScalarAsync<long>(settings.ConnectionString,
                "SELECT coalesce(max(seq), 0) FROM feed_events WHERE tenant_id = @tenant", ("tenant", settings.Tenant));

            var restartedAt = DateTimeOffset.UtcNow;
            after = await ClusterHarness.StartAsync(settings, SiloCount, "after");
            timeline.Mark($"{SiloCount} new silos active on the same database (feed stood at seq {lastSeq})");
            await VerifyAsync(after, seen, lastSeq, restartedAt, timeline);
        }
        catch
        {
            output.WriteLine(before?.Describe(150) ?? "");
            output.WriteLine(after?.Describe(150) ?? "");
            throw;
        }
        finally
        {
            if (after is not null)
            {
                await after.DisposeAsync();
            }

            if (before is not null)
            {
                await before.DisposeAsync();
            }
        }
    }

    /// <summary>A site, four guards on shift and inactive, one alert acknowledged, its incident, the feed so far.</summary>
    private static async Task<RestartSnapshot> PrepareAsync(ClusterHarness cluster, Timeline timeline)
    {
        var (siteStatus, site) = await cluster.Silos[0].Client.SendJsonAsync(HttpMethod.Put, $"api/v1/sites/{SiteId}",
            new { name = "Depot", timeZone = "UTC", lat = PhoneEvents.Lat, lon = PhoneEvents.Lon, geofenceRadiusM = 300 });
        Assert.True(siteStatus == HttpStatusCode.OK, $"PUT site: {(int)siteStatus} {site}");

        // As in the fault test: shifts begun 3 minutes ago and phones that never move, so each guard
        // is inactive at its first evaluation.
        var driver = new TelemetryDriver(cluster.Silos);
        var devices = GuardIds.Select(g => "d" + g[1..]).ToList();
        using var giveUp = new CancellationTokenSource(WaitTimeout);
        await driver.StartShiftsAsync([.. GuardIds.Select((g, i) => (g, devices[i], SiteId))], DateTimeOffset.UtcNow.AddMinutes(-3), giveUp.Token);
        for (var round = 0; round < 3; round++)
        {
            await driver.SendRoundAsync(devices, round, round, giveUp.Token);
        }

        Assert.Equal(GuardIds.Length * 4, driver.Acknowledged.Count);
        var client = cluster.Silos[0].Client;
        var alertId = "";
        await Poll.UntilAsync("every guard has an active inactivity alert", WaitTimeout, async () =>
        {
            var active = await client.AllAlertsAsync($"type=inactivity&status=active&siteId={SiteId}");
            alertId = active.Where(a => a.Text("guardId") == GuardIds[0]).Select(a => a.Text("alertId")).FirstOrDefault() ?? "";
            var alerted = active.Select(a => a.Text("guardId")).Distinct().Count();
            return alerted == GuardIds.Length ? null : $"{alerted} of {GuardIds.Length} guards alerted";
        });

        await new AlertDesk([cluster.Silos[1]], Operator).AcknowledgeAsync([alertId], TimeSpan.Zero);
        timeline.Mark($"every guard alerted; {alertId} acknowledged");

        var incidentId = "";
        await Poll.UntilAsync("the alert is part of an incident", WaitTimeout, async () =>
        {
            incidentId = (await client.GetJsonAsync($"api/v1/alerts/{alertId}")).Text("incidentId") ?? "";
            return incidentId.Length > 0 ? null : "no incidentId yet";
        });
        // An operator takes the incident up before the restart: the lifecycle must come back too.
        foreach (var (action, body) in new (string, object)[]
        {
            ("investigate", new { by = Operator, assignee = "bob" }),
            ("note", new { by = "bob", text = "called the guards" }),
        })
        {
            var (status, answer) = await cluster.Silos[1].Client.SendJsonAsync(HttpMethod.Post, $"api/v1/incidents/{incidentId}/{action}", body);
            Assert.True(status == HttpStatusCode.OK, $"POST {action}: {(int)status} {answer}");
        }

        var incident = await client.GetJsonAsync($"api/v1/incidents/{incidentId}");
        Assert.Equal("investigating", incident.Text("status"));

        var feed = new List<JsonElement>();
        await Poll.UntilAsync("the feed holds the alert's and the incident's envelopes", WaitTimeout, async () =>
        {
            feed = await client.AllEventsAsync(0);
            var types = feed.Select(e => e.Text("type")).ToHashSet();
            return types.Contains("alert_raised") && types.Contains("alert_updated") && types.Contains("incident_opened")
                ? null : "types so far: " + string.Join(", ", types);
        });

        var guards = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var guardId in GuardIds)
        {
            guards[guardId] = await client.GetJsonAsync($"api/v1/guards/{guardId}");
        }

        timeline.Mark($"incident {incidentId}; {feed.Count} feed envelopes up to seq {feed[^1].GetProperty("seq").GetInt64()}");
        return new RestartSnapshot(alertId, incidentId, incident, guards, feed);
    }

    private static async Task VerifyAsync(ClusterHarness cluster, RestartSnapshot seen, long lastSeq, DateTimeOffset restartedAt, Timeline timeline)
    {
        var first = cluster.Silos[0].Client;
        var second = cluster.Silos[1].Client;
        Assert.Equal("Depot", (await first.GetJsonAsync($"api/v1/sites/{SiteId}")).Text("name"));

        var alert = await second.GetJsonAsync($"api/v1/alerts/{seen.AlertId}");
        Assert.Equal("acknowledged", alert.Text("status"));
        Assert.Equal(Operator, alert.Text("acknowledgedBy"));
        Assert.Equal(seen.IncidentId, alert.Text("incidentId"));

        var incident = await first.GetJsonAsync($"api/v1/incidents/{seen.IncidentId}");
        Assert.Equal(seen.Incident.Text("siteId"), incident.Text("siteId"));
        Assert.Contains(seen.AlertId, incident.GetProperty("alertIds").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("investigating", incident.Text("status"));
        Assert.Equal("bob", incident.Text("assignee"));
        Assert.Equal(seen.Incident.GetProperty("history").GetRawText(), incident.GetProperty("history").GetRawText());
        // The correlation grain got its history back, not just the index row: a repeated note is
        // recognised, and closing adds to the history from before the restart.
        var (repeatStatus, repeated) = await second.SendJsonAsync(HttpMethod.Post, $"api/v1/incidents/{seen.IncidentId}/note",
            new { by = "bob", text = "called the guards" });
        Assert.True(repeatStatus == HttpStatusCode.OK, $"repeated note: {(int)repeatStatus} {repeated}");
        Assert.Equal(1, repeated.GetProperty("notes").GetArrayLength());
        var (closeStatus, closed) = await first.SendJsonAsync(HttpMethod.Post, $"api/v1/incidents/{seen.IncidentId}/close",
            new { by = "bob", resolution = "confirmed" });
        Assert.True(closeStatus == HttpStatusCode.OK, $"close: {(int)closeStatus} {closed}");
        Assert.Equal("closed", closed.Text("status"));
        Assert.Equal(["investigate", "note", "close"], closed.GetProperty("history").EnumerateArray().Select(h => h.Text("action")));
        var listed = await second.GetJsonAsync($"api/v1/incidents?siteId={SiteId}");
        Assert.Contains(seen.IncidentId, listed.GetProperty("items").EnumerateArray().Select(i => i.Text("incidentId")));

        foreach (var (guardId, before) in seen.Guards)
        {
            var now = await (guardId == GuardIds[0] ? first : second).GetJsonAsync($"api/v1/guards/{guardId}");
            Assert.True(now.GetProperty("onShift").GetBoolean(), $"{guardId} is no longer on shift: {now}");
            Assert.Equal(before.Time("shiftStartedAt"), now.Time("shiftStartedAt"));
            Assert.Equal(before.GetProperty("deviceIds").GetRawText(), now.GetProperty("deviceIds").GetRawText());
            Assert.Equal(SiteId, now.Text("siteId"));
        }

        var guard = await first.GetJsonAsync($"api/v1/guards/{GuardIds[0]}");
        Assert.Contains(seen.AlertId, guard.GetProperty("activeAlerts").EnumerateArray().Select(a => a.Text("alertId")));
        timeline.Mark("site, acknowledged alert, incident and guard states are back");

        var old = (await second.AllEventsAsync(0)).ToDictionary(e => e.GetProperty("seq").GetInt64());
        var changed = seen.Feed.Where(e => !old.TryGetValue(e.GetProperty("seq").GetInt64(), out var now) || now.GetRawText() != e.GetRawText()).ToList();
        Assert.True(changed.Count == 0, $"{changed.Count} of {seen.Feed.Count} envelopes read before the restart are gone or changed, e.g. {changed.FirstOrDefault()}");

        var evaluated = await GuardWatch.EvaluatedSinceAsync(cluster.Silos, GuardIds, restartedAt, WaitTimeout);
        timeline.Mark($"every guard evaluated by its reminder after the restart (slowest seen {evaluated.Values.Max().TotalSeconds:0.0} s after the check began)");

        var fresh = new List<JsonElement>();
        await Poll.UntilAsync("new envelopes follow the old ones", WaitTimeout, async () =>
        {
            fresh = await first.AllEventsAsync(lastSeq);
            return fresh.Count > 0 ? null : $"none after seq {lastSeq}";
        });
        var all = await first.AllEventsAsync(0);
        var seqs = all.Select(e => e.GetProperty("seq").GetInt64()).ToList();
        Assert.True(seqs.Zip(seqs.Skip(1)).All(p => p.First < p.Second), "The feed's seqs are not strictly increasing: " + string.Join(",", seqs));
        timeline.Mark($"{fresh.Count} new envelopes after seq {lastSeq} ({all.Count} in the feed)");
    }
}
