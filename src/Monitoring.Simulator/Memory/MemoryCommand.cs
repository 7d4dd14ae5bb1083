using System.Diagnostics;
using System.Globalization;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;
using Monitoring.Simulator.Load;
using Monitoring.Simulator.Report;

namespace Monitoring.Simulator.Memory;

/// <summary>
/// Managed bytes per on-shift guard: the host's heap after a full collection, before and after
/// N guards go on shift (one device each: a shift start, then one event a minute for the
/// last few minutes, so their windows hold data).
/// Everything the guard costs is in the difference: device and guard grains, reminder, windows, stored state.
/// </summary>
internal static class MemoryCommand
{
    public static async Task<int> RunAsync(MemorySettings s, CancellationToken stop)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(TimeSpan.FromSeconds(120 + (s.Guards / 500) + s.Settle));
        using var client = new MonitoringClient(s.Url, s.Key, s.Concurrency);

        // A first, smaller fleet pays for JIT, pools and one-off caches, which are not per guard.
        await StartShiftsAsync(client, new DeviceFleet(Math.Min(1000, s.Guards), s.Sites, "warm-"), s, limit.Token);
        var before = await client.GetMemoryAsync(collect: true, limit.Token);

        var watch = Stopwatch.StartNew();
        var tally = await StartShiftsAsync(client, new DeviceFleet(s.Guards, s.Sites), s, limit.Token);
        var startSeconds = watch.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(s.Settle), limit.Token);
        var settled = await client.GetMemoryAsync(collect: true, limit.Token);
        await Task.Delay(TimeSpan.FromSeconds(1), limit.Token);
        var after = await client.GetMemoryAsync(collect: true, limit.Token);

        var expected = (long)s.Guards * BatchWriter.ShiftEvents(s.Minutes);
        var ok = tally.Errors == 0 && tally.Accepted == expected;
        var perGuard = (after.ManagedBytes - before.ManagedBytes) / (double)s.Guards;
        Table.Print($"memory, {s.Guards:N0} guards, {s.Minutes}-minute windows", [
            ("guards on shift", s.Guards.ToString("N0", CultureInfo.InvariantCulture)),
            ("started in", $"{startSeconds:F1} s ({s.Guards / startSeconds:N0} guards/s)"),
            ("events accepted", $"{tally.Accepted:N0} of {expected:N0} ({BatchWriter.ShiftEvents(s.Minutes)} per guard), {tally.Errors} errors"),
            ("managed before", Mb(before.ManagedBytes)),
            ("managed after (two readings)", $"{Mb(settled.ManagedBytes)} / {Mb(after.ManagedBytes)}"),
            ("managed bytes per guard", $"{perGuard:N0} B ({perGuard / 1024:F1} KB)"),
            ("working set before / after", $"{Mb(before.WorkingSetBytes)} / {Mb(after.WorkingSetBytes)}"),
            ("working set per guard", $"{(after.WorkingSetBytes - before.WorkingSetBytes) / (double)s.Guards / 1024:F1} KB"),
        ]);
        return ok ? 0 : 1;
    }

    private static async Task<Tally> StartShiftsAsync(MonitoringClient client, DeviceFleet fleet, MemorySettings s, CancellationToken cancellationToken)
    {
        var perBatch = Math.Max(1, s.Batch / BatchWriter.ShiftEvents(s.Minutes));
        var runner = new LoadRunner(client, fleet, s.Concurrency);
        var (all, _) = await runner.RunAsync(
            (w, i) => i * perBatch >= fleet.Size ? 0 : w.ShiftsWithActivity((int)(i * perBatch), (int)Math.Min(perBatch, fleet.Size - (i * perBatch)), PhoneClock.UtcNow, s.Minutes),
            long.MinValue, long.MaxValue, cancellationToken);
        return all;
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";
}
