using System.Diagnostics;
using System.Globalization;
using Monitoring.Simulator.Feed;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;
using Monitoring.Simulator.Load;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Capacity;

/// <summary>
/// The capacity sweep: puts every guard on shift, then offers mixed batches at rising rates (open
/// loop, split evenly across the hosts) until the hosts stop keeping up. Each step reports what was
/// accepted, the ack latency, errors, host CPU and memory, and the managed memory per guard after a
/// full collection; the knee is the highest rate accepted in full within the p99 limit. Writes the
/// table (markdown) and a plot (PNG) to the output folder.
/// </summary>
internal static class CapacityCommand
{
    private const int SetupConcurrency = 4;

    public static async Task<int> RunAsync(CapacitySettings s, string command, Status status, CancellationToken stop)
    {
        var hosts = s.Urls.Select((url, i) => new Host(
            new MonitoringClient(url, s.Key, s.Concurrency),
            new DeviceFleet(s.Devices / s.Urls.Count, 20, $"cap{i}-"),
            s.HostPids.Count > i ? s.HostPids[i] : null)).ToList();
        try
        {
            var baseline = await ManagedAsync(hosts, stop);
            status.Phase($"putting {s.Devices:N0} guards on shift ({s.Label})");
            foreach (var host in hosts)
            {
                // Shift starts cost far more than telemetry (admission, a durable write per guard):
                // a few connections at once, or 16 batches of 500 queue past the client's timeout.
                var runner = new LoadRunner(host.Client, host.Fleet, Math.Min(s.Concurrency, SetupConcurrency));
                var (setup, _) = await runner.RunAsync(
                    (w, i) => i * s.Batch >= host.Fleet.Size ? 0
                        : w.ShiftStarts((int)(i * s.Batch), (int)Math.Min(s.Batch, host.Fleet.Size - (i * s.Batch)), PhoneClock.UtcNow),
                    long.MinValue, long.MaxValue, stop);
                if (setup.Errors > 0)
                {
                    status.Line($"capacity: shift starts failed ({setup.Errors} errors, last: {setup.LastError}).");
                    return 1;
                }
            }

            // The first seconds after thousands of shift starts are not the steady state (activations,
            // first evaluations, JIT): run the first rate unmeasured for a while.
            if (s.Settle > 0)
            {
                status.Phase("settling at the first rate", TimeSpan.FromSeconds(s.Settle));
                var settleUntil = Stopwatch.GetTimestamp() + (s.Settle * Stopwatch.Frequency);
                await Task.WhenAll(hosts.Select(h => new PacedLoad(h.Client, h.Fleet, s.Batch, s.FromRate / hosts.Count, s.Concurrency)
                    .RunAsync(settleUntil, settleUntil, stop)));
            }

            var steps = new List<CapacityStep>();
            for (var rate = s.FromRate; rate <= s.ToRate && !stop.IsCancellationRequested; rate += s.Step)
            {
                status.Phase($"offering {rate:N0} events/s", TimeSpan.FromSeconds(s.Warmup + s.Seconds));
                var step = await StepAsync(hosts, s, rate, baseline, stop);
                steps.Add(step);
                status.Line(string.Create(CultureInfo.InvariantCulture,
                    $"capacity: offered {step.Offered,8:N0} accepted {step.Accepted,8:N0} events/s  p50 {step.P50Ms,6:F1} ms  p99 {step.P99Ms,7:F1} ms  errors {step.Errors}  host CPU {step.HostCpuPercent:F0} %"));
                if (!step.KeptUp)
                {
                    break;
                }
            }

            var markdown = CapacityReport.Markdown(s, steps, command);
            Console.WriteLine(markdown);
            Directory.CreateDirectory(s.Out);
            var name = "capacity-" + string.Concat(s.Label.Select(ch => char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-'));
            await File.WriteAllTextAsync(Path.Combine(s.Out, name + ".md"), markdown, stop);
            CapacityPlot.Save(Path.Combine(s.Out, name + ".png"), $"Capacity, {s.Label}", steps, s.P99LimitMs);
            status.Line($"capacity: wrote {Path.Combine(s.Out, name)}.md and .png");
            return steps.Count > 0 ? 0 : 1;
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Client.Dispose();
            }
        }
    }

    private static async Task<CapacityStep> StepAsync(List<Host> hosts, CapacitySettings s, int rate, long baseline, CancellationToken stop)
    {
        var measureFrom = Stopwatch.GetTimestamp() + (s.Warmup * Stopwatch.Frequency);
        var stopAt = measureFrom + (s.Seconds * Stopwatch.Frequency);
        var loads = hosts.Select(h => new PacedLoad(h.Client, h.Fleet, s.Batch, rate / hosts.Count, s.Concurrency)).ToList();
        var cpuTask = MeasureCpuAsync(hosts, s, stop);
        var results = await Task.WhenAll(loads.Select(l => l.RunAsync(measureFrom, stopAt, stop)));
        var cpu = await cpuTask;
        var measured = new Tally();
        foreach (var (_, m) in results)
        {
            measured.Merge(m);
        }

        var managed = await ManagedAsync(hosts, stop);
        var workingSet = hosts.Any(h => h.Pid is not null) ? await WorkingSetAsync(hosts, stop) : (double?)null;
        return new CapacityStep(
            rate,
            measured.Accepted / (double)s.Seconds,
            measured.LatencyMs(50),
            measured.LatencyMs(99),
            measured.Errors,
            loads.Sum(l => l.Late),
            cpu.Host,
            cpu.Database,
            workingSet,
            (managed - baseline) / (double)s.Devices);
    }

    /// <summary>
    /// Host CPU over the measured span, in percent of one core, summed over the hosts with a known
    /// process, and the local PostgreSQL server's (0 without one).
    /// </summary>
    private static async Task<(double? Host, double Database)> MeasureCpuAsync(List<Host> hosts, CapacitySettings s, CancellationToken stop)
    {
        var meters = hosts.Where(h => h.Pid is not null).Select(h => new CpuMeter(h.Pid)).ToList();
        var machine = new CpuMeter(null);
        await Task.Delay(TimeSpan.FromSeconds(s.Warmup), stop);
        meters.ForEach(m => m.Start());
        machine.Start();
        await Task.Delay(TimeSpan.FromSeconds(s.Seconds), stop);
        var database = machine.Stop().Database * 100;
        return (meters.Count == 0 ? null : meters.Sum(m => m.Stop().Host ?? 0) * 100, database);
    }

    private static async Task<long> ManagedAsync(List<Host> hosts, CancellationToken stop)
    {
        long total = 0;
        foreach (var host in hosts)
        {
            total += (await host.Client.GetMemoryAsync(collect: true, stop)).ManagedBytes;
        }

        return total;
    }

    private static async Task<double> WorkingSetAsync(List<Host> hosts, CancellationToken stop)
    {
        long total = 0;
        foreach (var host in hosts)
        {
            total += (await host.Client.GetMemoryAsync(collect: false, stop)).WorkingSetBytes;
        }

        return total / 1e6;
    }

    private sealed record Host(MonitoringClient Client, DeviceFleet Fleet, int? Pid);
}
