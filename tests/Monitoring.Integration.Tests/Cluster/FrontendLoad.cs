namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// The load the hand-over tests keep on a front-end: guards whose shifts began 3 minutes ago with
/// phones lying still (so each is inactive when evaluated), telemetry every 150 ms from 8 senders,
/// guard reads, and one inactivity alert raised per guard through the front-end.
/// </summary>
internal sealed record FrontendLoad(
    IReadOnlyList<(string GuardId, string DeviceId, string SiteId)> Guards, TelemetryDriver Driver, Task Ingest, Task Reads, List<string> AlertIds)
{
    /// <summary>Starts the load (until <paramref name="stop"/>) and returns once every guard's alert is raised.</summary>
    public static async Task<FrontendLoad> StartAsync(SiloProcess frontend, string prefix, int guardCount, CancellationToken stop, CancellationToken hardStop)
    {
        var guards = Enumerable.Range(0, guardCount).Select(i => (GuardId: $"g-{prefix}-{i:00}", DeviceId: $"d-{prefix}-{i:00}", SiteId: $"site-{prefix}-{i % 4}")).ToList();
        var driver = new TelemetryDriver([frontend]);

        // Counted from here: the health probes of the start (refused until it listened) are not the run.
        frontend.Tally.Reset();
        await driver.StartShiftsAsync(guards, DateTimeOffset.UtcNow.AddMinutes(-3), hardStop);
        var ingest = driver.RunAsync([.. guards.Select(g => g.DeviceId)], TimeSpan.FromMilliseconds(150), stop, hardStop, sendersPerEndpoint: 8);
        var reads = FrontendCalls.ReadGuardsAsync(frontend, [.. guards.Select(g => g.GuardId)], stop);
        var alertIds = new List<string>();
        foreach (var guard in guards)
        {
            alertIds.AddRange(await FrontendCalls.EvaluateAsync(frontend, guard.GuardId));
        }

        Assert.True(alertIds.Count >= guardCount, $"only {alertIds.Count} alerts raised for {guardCount} guards");
        return new FrontendLoad(guards, driver, ingest, reads, alertIds);
    }
}
