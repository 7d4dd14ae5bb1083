using System.Diagnostics;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// The whole run against one host: seed two tenants, take their state, send the hostile requests,
/// compare the state, then send the few that may move the host clock, and check every answer.
/// </summary>
internal static class HostileSuite
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<HostileResult> RunAsync(string host, HostileTarget target, DateTimeOffset start, int seed)
    {
        var watch = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = target.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var (a, b, now) = await HostileSeeder.SeedAsync(target, http, start);
        var before = await SettledAsync(target, http, a, b);

        var requests = HostileGenerator.Generate(target, a, b, now, seed);
        using var runner = new HostileRunner(target.BaseAddress, RequestTimeout, parallel: 8);
        var early = await runner.RunAsync([.. requests.Where(r => !r.Late)]);
        var after = await SnapshotAsync(target, http, a, b);
        var late = await runner.RunAsync([.. requests.Where(r => r.Late)]);

        HostileOutcome[] outcomes = [.. early, .. late];
        var failures = outcomes.SelectMany(o => HostileChecks.Check(o, b)).ToList();
        return new(host, seed, outcomes, failures, [.. TenantSnapshot.Differences(before, after)], watch.Elapsed);
    }

    /// <summary>
    /// The state once it has stopped moving (correlation and tickets follow the alerts by a moment,
    /// and a site's summary held back by its one-per-second throttle goes out up to 2 s after the
    /// change, so two snapshots must agree across more than that).
    /// </summary>
    private static async Task<SortedDictionary<string, string>> SettledAsync(HostileTarget target, HttpClient http, SeededTenant a, SeededTenant b)
    {
        var last = await SnapshotAsync(target, http, a, b);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(2500);
            var next = await SnapshotAsync(target, http, a, b);
            if (!TenantSnapshot.Differences(last, next).Any())
            {
                return next;
            }

            last = next;
        }

        return last;
    }

    private static async Task<SortedDictionary<string, string>> SnapshotAsync(HostileTarget target, HttpClient http, SeededTenant a, SeededTenant b)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tenant in new[] { a, b })
        {
            http.DefaultRequestHeaders.Remove("X-Api-Key");
            http.DefaultRequestHeaders.Add("X-Api-Key", target.Key(tenant.Tenant, "viewer"));
            foreach (var (path, value) in await TenantSnapshot.TakeAsync(http, tenant))
            {
                all[tenant.Tenant + ":" + path] = value;
            }
        }

        http.DefaultRequestHeaders.Remove("X-Api-Key");
        return all;
    }
}
