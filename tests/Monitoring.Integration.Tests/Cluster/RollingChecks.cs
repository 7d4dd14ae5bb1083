using System.Collections.Concurrent;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>What a rolling restart must not have lost, read back through the API and the database.</summary>
internal static class RollingChecks
{
    /// <summary>
    /// Every event of <paramref name="driver"/> answered 202 is archived exactly once and its device's
    /// <c>lastSeq</c> is the highest acknowledged; every alert in <paramref name="acknowledged"/> reads
    /// back acknowledged by <paramref name="by"/>. Returns the devices whose <c>eventsAccepted</c>
    /// counter differs from what was acknowledged (a statistic, reported: see docs/benchmarks.md).
    /// </summary>
    public static async Task<List<string>> AssertNothingLostAsync(FrontedCluster cluster, TelemetryDriver driver, ConcurrentQueue<string> acknowledged, string by)
    {
        var client = cluster.Frontend.Client;
        var sent = driver.Acknowledged.GroupBy(e => e.DeviceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Seq).ToList(), StringComparer.Ordinal);
        var rows = await Sql.ColumnAsync<string>(cluster.Settings.ConnectionString,
            "SELECT device_id || ' ' || seq FROM telemetry_archive WHERE tenant_id = @tenant AND device_id = ANY(@devices)",
            ("tenant", cluster.Settings.Tenant), ("devices", sent.Keys.ToArray()));
        var twice = rows.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} events archived more than once: {string.Join(", ", twice.Take(10))}");
        var archived = rows.ToHashSet(StringComparer.Ordinal);
        var missing = driver.Acknowledged.Select(e => $"{e.DeviceId} {e.Seq}").Where(e => !archived.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {driver.Acknowledged.Count} acknowledged events are not archived: {string.Join(", ", missing.Take(10))}");

        var miscounted = new List<string>();
        foreach (var (deviceId, seqs) in sent.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var device = await client.GetJsonAsync($"api/v1/devices/{deviceId}");
            var counted = device.GetProperty("eventsAccepted").GetInt64();
            var lastSeq = device.GetProperty("lastSeq").GetInt64();
            Assert.True(lastSeq == seqs.Max(), $"{deviceId}: events acknowledged up to seq {seqs.Max()}, the device's lastSeq is {lastSeq}");
            if (counted != seqs.Count)
            {
                miscounted.Add($"{deviceId}: {seqs.Count} events acknowledged, eventsAccepted {counted}, duplicatesDropped {device.GetProperty("duplicatesDropped").GetInt64()}");
            }
        }

        foreach (var alertId in acknowledged)
        {
            var alert = await client.GetJsonAsync($"api/v1/alerts/{alertId}");
            Assert.True(alert.Time("acknowledgedAt") is not null && alert.Text("acknowledgedBy") == by,
                $"alert {alertId} was acknowledged (200) but reads back status {alert.Text("status")}, acknowledgedBy {alert.Text("acknowledgedBy")}");
        }

        return miscounted;
    }
}
