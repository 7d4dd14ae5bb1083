using System.Net;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Capacity;

/// <summary>
/// The capacity sweep's settings. Several hosts (silos of one cluster) may be named, comma-separated,
/// each with its process id for CPU and memory readings; the load is split evenly between them.
/// </summary>
internal sealed record CapacitySettings(
    IReadOnlyList<Uri> Urls,
    string Key,
    IReadOnlyList<int> HostPids,
    int Devices,
    int Batch,
    int Concurrency,
    int FromRate,
    int Step,
    int ToRate,
    int Seconds,
    int Warmup,
    int Settle,
    double P99LimitMs,
    string Label,
    string Out)
{
    public static CapacitySettings From(CommandLine cli)
    {
        var urls = cli.Text("url", "http://127.0.0.1:5000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Loopback).ToList();
        var pids = cli.Text("host-pid", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        if (pids.Count > 0 && pids.Count != urls.Count)
        {
            throw new ArgumentException("--host-pid must name one process per --url.");
        }

        var from = cli.Int("from", 10_000);
        return new CapacitySettings(
            urls, cli.Text("key"), pids, cli.Int("devices", 10_000), cli.Int("batch", 500), cli.Int("concurrency", 32),
            from, cli.Int("step", 10_000), cli.Int("to", 200_000), cli.Int("seconds", 10), cli.Int("warmup", 3),
            cli.Int("settle", 15, min: 0), cli.Int("p99-limit", 20), cli.Text("label", urls.Count == 1 ? "one host" : $"{urls.Count} silos"),
            cli.Text("out", "docs/benchmarks"));
    }

    private static Uri Loopback(string text)
    {
        var url = new Uri(text);
        var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));
        return loopback ? url : throw new ArgumentException($"--url must be a loopback address, not {url.Host}.");
    }
}
