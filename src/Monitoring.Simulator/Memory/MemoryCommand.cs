using System.Diagnostics;
using System.Globalization;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;
using Monitoring.Simulator.Load;
using Monitoring.Simulator.Report;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Memory;

/// <summary>
/// Managed bytes per on-shift guard: the host's heap after a full collection, before and after
/// N guards go on shift (one device each: a shift start, then one event a minute for the
/// last few minutes, so their windows hold data).
/// Everything the guard costs is in the difference: device and guard grains, scheduled work, windows,
/// stored state. With <c>--hours H</c> (a manual-clock host) the guards then stay on shift for H
/// hours of host time, five minutes at a time, with readings, fixes, phone use and tasks, and every
/// evaluation runs: the figure is then that of a guard well into its shift (score history, battery
/// readings, baseline hours, the last evaluation).
/// </summary>
internal static class MemoryCommand
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    // A phone that lasts a twelve-hour shift with a fifth to spare.
    private const double FullDrainPerHour = 6.5;

    public static async Task<int> RunAsync(MemorySettings s, Status status, CancellationToken stop)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(TimeSpan.FromSeconds(120 + (s.Guards / 500) + s.Settle + (s.Hours * s.Guards / 50)));
        // With hours on shift, one clock step runs an evaluation of every guard before it answers: at
        // 100,000 guards on a busy machine that takes longer than the client's usual 30 s.
        using var client = new MonitoringClient(s.Url, s.Key, s.Concurrency, s.Hours > 0 ? TimeSpan.FromMinutes(10) : null);
        var now = PhoneClock.UtcNow;
        if (s.Hours > 0)
        {
            var clock = await client.GetClockAsync(limit.Token);
            if (!clock.IsManual)
            {
                throw new InvalidOperationException("--hours needs a host on the manual clock (Monitoring__Clock=manual).");
            }

            now = clock.Now.UtcDateTime;
        }

        // A first, smaller fleet pays for JIT, pools and one-off caches, which are not per guard. Before
        // hours on shift it goes off shift, so its guards neither grow nor raise alerts meanwhile.
        status.Phase("warming up the host with a smaller fleet");
        var warm = new DeviceFleet(Math.Min(1000, s.Guards), s.Sites, "warm-");
        await StartShiftsAsync(client, warm, s, now, limit.Token);
        if (s.Hours > 0)
        {
            await new LoadRunner(client, warm, s.Concurrency).RunAsync(
                (w, i) => i > 0 ? 0 : w.ShiftEnds(0, warm.Size, now), long.MinValue, long.MaxValue, limit.Token);
        }

        var before = await client.GetMemoryAsync(collect: true, limit.Token);

        status.Phase(s.Hours > 0 ? $"putting {s.Guards:N0} guards on shift for {s.Hours} h of host time" : $"putting {s.Guards:N0} guards on shift");
        var watch = Stopwatch.StartNew();
        var fleet = new DeviceFleet(s.Guards, s.Sites);
        var tally = await StartShiftsAsync(client, fleet, s, now, limit.Token);
        var startSeconds = watch.Elapsed.TotalSeconds;
        var expected = (long)s.Guards * BatchWriter.ShiftEvents(s.Minutes);
        var (stepped, stepErrors, stepSeconds) = await StayOnShiftAsync(client, fleet, s, now, limit.Token);
        status.Phase("settling, then reading the heap", TimeSpan.FromSeconds(s.Settle + 1));
        await Task.Delay(TimeSpan.FromSeconds(s.Settle), limit.Token);
        var settled = await client.GetMemoryAsync(collect: true, limit.Token);
        await Task.Delay(TimeSpan.FromSeconds(1), limit.Token);
        var after = await client.GetMemoryAsync(collect: true, limit.Token);

        expected += (long)s.Guards * BatchWriter.StepEvents * s.Hours * StepsPerHour;
        var accepted = tally.Accepted + stepped;
        var ok = tally.Errors + stepErrors == 0 && accepted == expected;
        var perGuard = (after.ManagedBytes - before.ManagedBytes) / (double)s.Guards;
        Table.Print($"memory, {s.Guards:N0} guards, {s.Minutes}-minute windows{(s.Hours > 0 ? $", after {s.Hours} h on shift" : "")}", [
            ("guards on shift", s.Guards.ToString("N0", CultureInfo.InvariantCulture)),
            ("started in", $"{startSeconds:F1} s ({s.Guards / startSeconds:N0} guards/s)"),
            ("hours on shift (host time)", s.Hours == 0 ? "0 (just started)" : $"{s.Hours}, {s.Hours * StepsPerHour} evaluations per guard, in {stepSeconds:F0} s"),
            ("events accepted", $"{accepted:N0} of {expected:N0}, {tally.Errors + stepErrors} errors"),
            ("managed before", Mb(before.ManagedBytes)),
            ("managed after (two readings)", $"{Mb(settled.ManagedBytes)} / {Mb(after.ManagedBytes)}"),
            ("managed bytes per guard", $"{perGuard:N0} B ({perGuard / 1024:F1} KB)"),
            ("working set before / after", $"{Mb(before.WorkingSetBytes)} / {Mb(after.WorkingSetBytes)}"),
            ("working set per guard", $"{(after.WorkingSetBytes - before.WorkingSetBytes) / (double)s.Guards / 1024:F1} KB"),
        ]);
        return ok ? 0 : 1;
    }

    private static int StepsPerHour => (int)(TimeSpan.FromHours(1) / Step);

    private static async Task<Tally> StartShiftsAsync(MonitoringClient client, DeviceFleet fleet, MemorySettings s, DateTime now, CancellationToken cancellationToken)
    {
        var perBatch = Math.Max(1, s.Batch / BatchWriter.ShiftEvents(s.Minutes));
        var runner = new LoadRunner(client, fleet, s.Concurrency);
        var (all, _) = await runner.RunAsync(
            (w, i) => i * perBatch >= fleet.Size ? 0 : w.ShiftsWithActivity((int)(i * perBatch), (int)Math.Min(perBatch, fleet.Size - (i * perBatch)), now, s.Minutes),
            long.MinValue, long.MaxValue, cancellationToken);
        return all;
    }

    // Five minutes at a time: every guard's events for the step, then the host's clock moves to the
    // step's end, which runs the evaluations due on the way.
    private static async Task<(long Accepted, long Errors, double Seconds)> StayOnShiftAsync(
        MonitoringClient client, DeviceFleet fleet, MemorySettings s, DateTime start, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        long accepted = 0, errors = 0;
        var perBatch = Math.Max(1, s.Batch / BatchWriter.StepEvents);
        var runner = new LoadRunner(client, fleet, s.Concurrency);
        for (var step = 1; step <= s.Hours * StepsPerHour; step++)
        {
            var end = start + (Step * step);
            var battery = 100.0 - (FullDrainPerHour * (end - start).TotalHours);
            var (all, _) = await runner.RunAsync(
                (w, i) => i * perBatch >= fleet.Size ? 0 : w.ShiftStep((int)(i * perBatch), (int)Math.Min(perBatch, fleet.Size - (i * perBatch)), end, battery),
                long.MinValue, long.MaxValue, cancellationToken);
            (accepted, errors) = (accepted + all.Accepted, errors + all.Errors);
            await client.SetClockAsync(end, cancellationToken);
        }

        return (accepted, errors, watch.Elapsed.TotalSeconds);
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";
}
