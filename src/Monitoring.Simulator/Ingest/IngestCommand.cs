using System.Diagnostics;
using System.Globalization;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;
using Monitoring.Simulator.Load;
using Monitoring.Simulator.Report;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Ingest;

/// <summary>
/// The ingest load test: puts every device's guard on shift, then posts mixed batches from
/// <c>concurrency</c> connections for warm-up plus measured seconds, and reports what the host accepted.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(IngestSettings s, Status status, CancellationToken stop)
    {
        var fleet = new DeviceFleet(s.Devices, s.Sites, s.Prefix);
        using var client = new MonitoringClient(s.Url, s.Key, s.Concurrency);
        var runner = new LoadRunner(client, fleet, s.Concurrency);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(TimeSpan.FromSeconds(120 + (s.Devices / 1000) + s.Warmup + s.Seconds));
        status.Phase($"putting {s.Devices:N0} guards on shift");
        var setupWatch = Stopwatch.StartNew();
        var (setup, _) = await runner.RunAsync(
            (w, i) => i * s.Batch >= s.Devices ? 0 : w.ShiftStarts((int)(i * s.Batch), (int)Math.Min(s.Batch, s.Devices - (i * s.Batch)), PhoneClock.UtcNow),
            long.MinValue, long.MaxValue, limit.Token);
        var setupSeconds = setupWatch.Elapsed.TotalSeconds;
        if (setup.Errors > 0 || setup.Accepted + setup.Duplicates != s.Devices)
        {
            status.Line($"ingest: shift starts failed ({setup.Accepted} accepted, {setup.Errors} errors, last: {setup.LastError}).");
            return 1;
        }

        status.Phase($"posting: {s.Warmup} s warm-up, then {s.Seconds} s measured", TimeSpan.FromSeconds(s.Warmup + s.Seconds));
        var measureFrom = Stopwatch.GetTimestamp() + (s.Warmup * Stopwatch.Frequency);
        var stopAt = measureFrom + (s.Seconds * Stopwatch.Frequency);
        var cpuTask = MeasureCpuAsync(new CpuMeter(s.HostPid), s, limit.Token);
        var siloTask = MeasureCpuAsync(new CpuMeter(s.SiloPid), s, limit.Token);
        var (all, measured) = await runner.RunAsync(
            (w, i) => w.Mixed((int)(i * s.Batch % s.Devices), s.Batch, PhoneClock.UtcNow), measureFrom, stopAt, limit.Token);
        var cpu = await cpuTask;
        var silo = (await siloTask).Host;

        var ok = all.Errors == 0 && all.Balanced;
        Table.Print("ingest", [
            ("devices / batch / connections", $"{s.Devices} / {s.Batch} / {s.Concurrency}"),
            ("shift starts (setup)", $"{s.Devices} in {setupSeconds:F1} s ({s.Devices / setupSeconds:N0}/s)"),
            ("measured", $"{s.Seconds} s after {s.Warmup} s warm-up"),
            ("accepted events/s", Rate(measured.Accepted, s.Seconds)),
            ("batches/s", Rate(measured.Batches, s.Seconds)),
            ("batch latency p50", Ms(measured.LatencyMs(50))),
            ("batch latency p99", Ms(measured.LatencyMs(99))),
            ("batch latency max", Ms(measured.LatencyMs(100))),
            ("host CPU (cores)", Cores(cpu.Host)),
            ("host CPU per 1,000 events", cpu.Host is { } h && measured.Accepted > 0 ? Ms(h * s.Seconds * 1e6 / measured.Accepted) : "n/a"),
            .. SiloRows(cpu.Host, silo, measured.Accepted, s.Seconds),
            ("generator CPU (cores)", Cores(cpu.Self)),
            ("postgres CPU (cores)", Cores(cpu.Database)),
            ("machine CPU (cores busy, all processes)", $"{Cores(cpu.Machine)} of {Environment.ProcessorCount}"),
            ("sent (warm-up + measured)", all.Sent.ToString("N0", CultureInfo.InvariantCulture)),
            ("accepted / duplicates / rejected", $"{all.Accepted:N0} / {all.Duplicates:N0} / {all.Rejected:N0}"),
            ("errors", all.Errors == 0 ? "0" : $"{all.Errors} (last: {all.LastError})"),
            ("accepted+duplicates+rejected == sent", ok ? "yes" : "NO"),
        ]);
        return ok ? 0 : 1;
    }

    private static async Task<CpuUsage> MeasureCpuAsync(CpuMeter cpu, IngestSettings s, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(s.Warmup), cancellationToken);
        cpu.Start();
        await Task.Delay(TimeSpan.FromSeconds(s.Seconds), cancellationToken);
        return cpu.Stop();
    }

    /// <summary>With a silo behind a front-end: the silo's CPU, and front-end plus silo per 1,000 events.</summary>
    private static (string, string)[] SiloRows(double? host, double? silo, long accepted, int seconds) =>
        silo is not { } cores ? [] :
        [
            ("silo CPU (cores)", Cores(cores)),
            ("silo CPU per 1,000 events", accepted > 0 ? Ms(cores * seconds * 1e6 / accepted) : "n/a"),
            ("front-end + silo CPU per 1,000 events", host is { } h && accepted > 0 ? Ms((h + cores) * seconds * 1e6 / accepted) : "n/a"),
        ];

    private static string Rate(long count, int seconds) => (count / (double)seconds).ToString("N0", CultureInfo.InvariantCulture);

    private static string Cores(double? cores) => cores?.ToString("F2", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Ms(double ms) => $"{ms.ToString("F1", CultureInfo.InvariantCulture)} ms";
}
