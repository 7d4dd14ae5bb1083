using Monitoring.Fleet.Http;
using System.Diagnostics;
using System.Globalization;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;
using Monitoring.Simulator.Load;
using Monitoring.Simulator.Report;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Feed;

/// <summary>
/// Live-feed latency: puts the fleet and a set of probe guards on shift, connects tenant-wide and
/// site clients, streams the fleet at a steady rate and, meanwhile, posts one phone event at a time
/// for a probe guard, timing from its 202 to the guard_updated carrying it at each subscribed client.
/// Probe guards (<c>probe-g-k</c>, outside the fleet, at <c>site-(k mod P)</c>) see nothing but their
/// probes, each one every probes x interval ms (5 s by default), so the 250 ms coalescing of guard
/// updates never holds a probe back: the figure is the pipeline's (grain, 20 ms flush, feed grain,
/// relay, SignalR), not the throttle's.
/// </summary>
internal static class FeedCommand
{
    public static async Task<int> RunAsync(FeedSettings s, Status status, CancellationToken stop)
    {
        var fleet = new DeviceFleet(s.Devices, s.Sites);
        var probeSites = Math.Max(1, Math.Min(Math.Max(s.SiteClients, 1), s.Sites));
        var probes = new DeviceFleet(s.Probes, probeSites, "probe-");
        var clients = s.TenantClients + s.SiteClients;
        var board = new ProbeBoard(s.Probes, clients);
        using var client = new MonitoringClient(s.Url, s.Key, s.Concurrency);
        using var probeClient = new MonitoringClient(s.Url, s.Key, 1);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(TimeSpan.FromSeconds(180 + (s.Devices / 1000) + s.Warmup + s.Seconds));
        var token = limit.Token;

        status.Phase($"putting {s.Devices:N0} guards and {s.Probes} probes on shift");
        var (setup, _) = await new LoadRunner(client, fleet, s.Concurrency).RunAsync(
            (w, i) => i * s.Batch >= s.Devices ? 0 : w.ShiftStarts((int)(i * s.Batch), (int)Math.Min(s.Batch, s.Devices - (i * s.Batch)), PhoneClock.UtcNow),
            long.MinValue, long.MaxValue, token);
        var probeWriter = new BatchWriter(probes, 1);
        probeWriter.ShiftStarts(0, s.Probes, PhoneClock.UtcNow);
        var probeSetup = await probeClient.PostTelemetryAsync(probeWriter.Body, token);
        if (setup.Errors > 0 || setup.Accepted + setup.Duplicates != s.Devices || !probeSetup.Ok || probeSetup.Accepted + probeSetup.Duplicates != s.Probes)
        {
            status.Line($"feed: shift starts failed ({setup.Accepted} accepted, {setup.Errors} errors, last: {setup.LastError}; probes: HTTP {probeSetup.Status}).");
            return 1;
        }

        status.Phase($"connecting {clients} hub clients");
        var listeners = new List<FeedListener>();
        try
        {
            for (var c = 0; c < clients; c++)
            {
                var site = c < s.TenantClients ? null : $"site-{(c - s.TenantClients) % probeSites}";
                listeners.Add(await FeedListener.ConnectAsync(s.Url, s.Key, site, s.Batched, c, board, token));
            }

            // Let the setup's own envelopes drain before anything is measured.
            await Task.Delay(TimeSpan.FromSeconds(2), token);
            status.Phase($"paced load: {s.Warmup} s warm-up, then {s.Seconds} s measured", TimeSpan.FromSeconds(2 + s.Warmup + s.Seconds + 3));
            var measureFrom = Stopwatch.GetTimestamp() + (s.Warmup * Stopwatch.Frequency);
            var stopAt = measureFrom + (s.Seconds * Stopwatch.Frequency);
            var load = new PacedLoad(client, fleet, s.Batch, s.Rate, s.Concurrency);
            var loadTask = load.RunAsync(measureFrom, stopAt, token);
            var cpuMeter = new CpuMeter(s.HostPid);
            await DelayUntil(measureFrom, token);
            cpuMeter.Start();
            var receivedFrom = Enumerable.Range(0, clients).Select(board.Received).ToArray();
            await ProbeAsync(s, probes, probeClient, board, stopAt, token);
            var cpu = cpuMeter.Stop();
            var receivedTo = Enumerable.Range(0, clients).Select(board.Received).ToArray();
            var (all, measured) = await loadTask;

            // Stragglers: a probe sent just before the end still has time to arrive.
            await Task.Delay(TimeSpan.FromSeconds(3), token);
            Report(s, board, probeSites, all, measured, load.Late, cpu, receivedFrom, receivedTo);
            return all.Errors == 0 && all.Balanced ? 0 : 1;
        }
        finally
        {
            foreach (var listener in listeners)
            {
                await listener.DisposeAsync();
            }
        }
    }

    private static async Task ProbeAsync(
        FeedSettings s, DeviceFleet probes, MonitoringClient probeClient, ProbeBoard board, long stopAt, CancellationToken token)
    {
        var writer = new BatchWriter(probes, 2);
        var interval = Stopwatch.Frequency * s.ProbeIntervalMs / 1000;
        var due = Stopwatch.GetTimestamp();
        for (var n = 0; Stopwatch.GetTimestamp() < stopAt; n++)
        {
            var probe = board.Start(n % s.Probes);
            writer.One(probe.Guard, EventKind.Phone, PhoneClock.UtcNow);
            probe.SentAt = Stopwatch.GetTimestamp();
            IngestReply reply;
            try
            {
                reply = await probeClient.PostTelemetryAsync(writer.Body, token);
            }
            catch (HttpRequestException)
            {
                reply = IngestReply.Failed(0);
            }

            probe.AnsweredAt = Stopwatch.GetTimestamp();
            probe.Accepted = reply.Ok && reply.Accepted == 1;
            due += interval;
            await DelayUntil(due, token);
        }
    }

    private static async Task DelayUntil(long timestamp, CancellationToken token)
    {
        var now = Stopwatch.GetTimestamp();
        if (timestamp > now)
        {
            await Task.Delay(Stopwatch.GetElapsedTime(now, timestamp), token);
        }
    }

    private static void Report(
        FeedSettings s, ProbeBoard board, int probeSites, Tally all, Tally measured, long late, CpuUsage cpu,
        long[] receivedFrom, long[] receivedTo)
    {
        var kinds = new[] { ("tenant", new Percentiles(), new Percentiles()), ("site", new Percentiles(), new Percentiles()) };
        long expected = 0, missed = 0, early = 0;
        var accepted = 0;
        foreach (var probe in board.All)
        {
            if (!probe.Accepted)
            {
                continue;
            }

            accepted++;
            for (var c = 0; c < probe.Arrivals.Length; c++)
            {
                var tenant = c < s.TenantClients;
                if (!tenant && (c - s.TenantClients) % probeSites != probe.Guard % probeSites)
                {
                    continue;
                }

                expected++;
                var at = probe.Arrivals[c];
                if (at == 0)
                {
                    missed++;
                    continue;
                }

                var (_, from202, fromSend) = kinds[tenant ? 0 : 1];
                var ms = Stopwatch.GetElapsedTime(probe.AnsweredAt, at).TotalMilliseconds;
                early += at < probe.AnsweredAt ? 1 : 0;
                from202.Add(ms);
                fromSend.Add(Stopwatch.GetElapsedTime(probe.SentAt, at).TotalMilliseconds);
            }
        }

        var rows = new List<(string, string)>
        {
            ("devices / batch / connections", $"{s.Devices} / {s.Batch} / {s.Concurrency}"),
            ("target rate (events/s)", s.Rate == 0 ? "max (unpaced)" : N(s.Rate)),
            ("measured", $"{s.Seconds} s after {s.Warmup} s warm-up"),
            ("streamed events/s (accepted)", N(measured.Accepted / (double)s.Seconds)),
            ("late batches (rate not kept)", N(late)),
            ("batch latency p50 / p99", $"{Ms(measured.LatencyMs(50))} / {Ms(measured.LatencyMs(99))}"),
            ("clients (tenant-wide + single-site)", $"{s.TenantClients} + {s.SiteClients} (sites site-0..site-{probeSites - 1})"),
            ("delivery", s.Batched ? "batched: one `events` call per group per flush" : "one `event` call per envelope"),
            ("envelopes/s per tenant client", PerClient(0, s.TenantClients)),
            ("envelopes/s per site client", PerClient(s.TenantClients, s.TenantClients + s.SiteClients)),
            ("probes (accepted / sent), probe guards", $"{accepted} / {board.All.Count}, {s.Probes} every {s.ProbeIntervalMs} ms"),
        };
        foreach (var (kind, from202, fromSend) in kinds)
        {
            if (from202.Count == 0)
            {
                continue;
            }

            rows.Add(($"{kind}: deliveries", N(from202.Count)));
            rows.Add(($"{kind}: 202 -> event p50 / p95 / p99 / max",
                $"{Ms(from202.At(50))} / {Ms(from202.At(95))} / {Ms(from202.At(99))} / {Ms(from202.At(100))}"));
            rows.Add(($"{kind}: post sent -> event p50 / p99", $"{Ms(fromSend.At(50))} / {Ms(fromSend.At(99))}"));
        }

        rows.Add(("deliveries missed (of expected)", $"{N(missed)} of {N(expected)}"));
        rows.Add(("events seen before their 202", N(early)));
        rows.Add(("host CPU (cores)", Cores(cpu.Host)));
        rows.Add(("generator CPU (cores, load + 20 clients)", Cores(cpu.Self)));
        rows.Add(("machine CPU (cores busy)", $"{Cores(cpu.Machine)} of {Environment.ProcessorCount}"));
        rows.Add(("errors", all.Errors == 0 ? "0" : $"{all.Errors} (last: {all.LastError})"));
        Table.Print($"feed latency (rate {(s.Rate == 0 ? "max" : N(s.Rate))})", rows);

        string PerClient(int from, int to) => to <= from ? "n/a"
            : N(Enumerable.Range(from, to - from).Average(c => receivedTo[c] - receivedFrom[c]) / s.Seconds);
    }

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Cores(double? cores) => cores?.ToString("F2", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Ms(double ms) => $"{ms.ToString("F1", CultureInfo.InvariantCulture)} ms";
}
