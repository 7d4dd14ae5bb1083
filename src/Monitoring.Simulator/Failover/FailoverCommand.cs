using System.Diagnostics;
using System.Globalization;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;
using Monitoring.Simulator.Report;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Failover;

/// <summary>
/// A silo's SIGKILL under steady load: puts the devices' guards on shift, then starts batches at a
/// fixed rate against one host (the survivor), kills the other silo's process at a fixed point of the
/// measured span, retries every failed batch unchanged until it is acknowledged, and reports the gap.
/// </summary>
internal static class FailoverCommand
{
    public static async Task<int> RunAsync(FailoverSettings s, Status status, CancellationToken stop)
    {
        var fleet = new DeviceFleet(s.Devices, 20, s.Prefix);
        // The host gives up on a grain call after 30 s and answers 503; a client that gave up sooner would
        // pile retries on requests still running, so each attempt waits longer than that by default.
        using var client = new MonitoringClient(s.Url, s.Key, s.Concurrency, TimeSpan.FromSeconds(s.AttemptTimeout + 5));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(TimeSpan.FromSeconds(150 + (s.Devices / 1000) + s.Warmup + s.Seconds + s.Drain));
        status.Phase($"putting {s.Devices:N0} guards on shift");
        if (!await PutOnShiftAsync(s, fleet, client, limit.Token))
        {
            status.Line("failover: shift starts were not all acknowledged in 180 s.");
            return 1;
        }

        var poster = new RetryingPoster(client, Stopwatch.GetTimestamp(), TimeSpan.FromMilliseconds(s.RetryMs), TimeSpan.FromSeconds(s.AttemptTimeout));
        var measureFromMs = s.Warmup * 1000.0;
        var endMs = measureFromMs + (s.Seconds * 1000.0);
        var giveUpMs = endMs + (s.Drain * 1000.0);
        var next = -1L;
        status.Phase(s.KillPid is { } victim ? $"load; killing {victim} after {s.KillAfter} s of the measured span" : "load, nobody killed", TimeSpan.FromSeconds(s.Warmup + s.Seconds));
        var kill = KillAsync(s, poster, measureFromMs + (s.KillAfter * 1000.0), limit.Token);
        var workers = await Task.WhenAll(Enumerable.Range(0, s.Concurrency).Select(seed => Task.Run(() => WorkAsync(seed), limit.Token)));
        var killMs = await kill;

        var figures = FailoverFigures.From([.. workers.SelectMany(w => w)], measureFromMs, killMs, s.Before * 1000.0, s.After * 1000.0);
        Table.Print("failover", Rows(s, figures, killMs));
        return figures.AllAcked ? 0 : 1;

        async Task<List<Attempt>> WorkAsync(int seed)
        {
            var writer = new BatchWriter(fleet, seed);
            var record = new List<Attempt>();
            try
            {
                while (true)
                {
                    var batch = Interlocked.Increment(ref next);
                    var due = batch * 1000.0 / s.Rate;
                    if (due >= endMs)
                    {
                        return record;
                    }

                    await DelayUntilAsync(poster, due, limit.Token);
                    writer.Mixed((int)(batch * s.Batch % s.Devices), s.Batch, PhoneClock.UtcNow);
                    if (!await poster.PostAsync(batch, writer.Body, giveUpMs, record, limit.Token))
                    {
                        return record;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                return record;
            }
        }
    }

    // Shift starts from 8 connections, each batch retried like the load's until acknowledged.
    private static async Task<bool> PutOnShiftAsync(FailoverSettings s, DeviceFleet fleet, MonitoringClient client, CancellationToken cancellationToken)
    {
        var poster = new RetryingPoster(client, Stopwatch.GetTimestamp(), TimeSpan.FromMilliseconds(s.RetryMs), TimeSpan.FromSeconds(s.AttemptTimeout));
        var batches = (s.Devices + s.Batch - 1) / s.Batch;
        var next = -1L;
        var done = await Task.WhenAll(Enumerable.Range(0, 8).Select(seed => Task.Run(
            async () =>
            {
                var writer = new BatchWriter(fleet, seed);
                var record = new List<Attempt>();
                long i;
                while ((i = Interlocked.Increment(ref next)) < batches)
                {
                    var first = (int)(i * s.Batch);
                    writer.ShiftStarts(first, Math.Min(s.Batch, s.Devices - first), PhoneClock.UtcNow);
                    if (!await poster.PostAsync(i, writer.Body, 180_000, record, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            },
            cancellationToken)));
        return done.All(ok => ok);
    }

    private static async Task<double?> KillAsync(FailoverSettings s, RetryingPoster clock, double atMs, CancellationToken cancellationToken)
    {
        if (s.KillPid is not { } pid)
        {
            return null;
        }

        using var process = Process.GetProcessById(pid);
        await DelayUntilAsync(clock, atMs, cancellationToken);
        var at = clock.Now();
        process.Kill(); // SIGKILL on Linux: no shutdown, no goodbye to the cluster
        return at;
    }

    private static async Task DelayUntilAsync(RetryingPoster clock, double ms, CancellationToken cancellationToken)
    {
        var wait = ms - clock.Now();
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(wait), cancellationToken);
        }
    }

    private static List<(string Name, string Value)> Rows(FailoverSettings s, FailoverFigures f, double? killMs)
    {
        var rows = new List<(string Name, string Value)>
        {
            ("devices / batch / batches per s / connections", $"{s.Devices} / {s.Batch} / {s.Rate} / {s.Concurrency}"),
            ("load", $"{s.Seconds} s after {s.Warmup} s warm-up, all to {s.Url.Authority}"),
            ("SIGKILL", killMs is null ? "none" : $"pid {s.KillPid} at +{s.KillAfter} s of the measured span"),
            ("batches started / acknowledged", $"{f.Batches:N0} / {f.Acked:N0}"),
            ("every batch acknowledged (retries included)", f.AllAcked ? "yes" : $"NO ({f.Batches - f.Acked} not)"),
            ("failed attempts", f.Failures.Sum(x => x.Count).ToString("N0", CultureInfo.InvariantCulture)),
        };
        rows.AddRange(f.Failures.Select(x => ($"failed attempts: {x.Kind}", x.Count.ToString("N0", CultureInfo.InvariantCulture))));
        if (killMs is not null)
        {
            rows.AddRange([
                ("kill → first 202", Ms(f.KillToFirstAck)),
                ("kill → first failed attempt", Ms(f.KillToFirstFailure)),
                ("kill → first 202 after the first failure", Ms(f.KillToAckAfterFirstFailure)),
                ("kill → first 202 of a batch that had failed", Ms(f.KillToFirstRetryAck)),
                ("kill → last failed attempt", Ms(f.KillToLastFailure)),
                ($"worst batch ack (first attempt → 202), kill-{s.Before} s .. kill+{s.After} s", Ms(f.WorstAckInWindow)),
                ("batches in that window never acknowledged", f.NotAckedInWindow.ToString(CultureInfo.InvariantCulture)),
            ]);
        }

        var when = killMs is null ? "measured span" : "before the kill";
        rows.AddRange([
            ($"batch ack p50 / p99 / max, {when}", $"{Ms(f.BeforeP50)} / {Ms(f.BeforeP99)} / {Ms(f.BeforeMax)}"),
            ("events accepted / duplicates / rejected", $"{f.Accepted:N0} / {f.Duplicates:N0} / {f.Rejected:N0}"),
        ]);
        return rows;
    }

    private static string Ms(double? ms) =>
        ms is { } v && !double.IsNaN(v) ? $"{v.ToString("F1", CultureInfo.InvariantCulture)} ms" : "n/a";
}
