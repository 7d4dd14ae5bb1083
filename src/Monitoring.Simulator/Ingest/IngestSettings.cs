using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Ingest;

/// <summary>The options of the <c>ingest</c> verb.</summary>
internal sealed record IngestSettings(
    Uri Url, string Key, int Devices, int Batch, int Seconds, int Warmup, int Concurrency, int Sites, int? HostPid, string Prefix)
{
    public static IngestSettings From(CommandLine cli) => new(
        cli.LoopbackUrl(),
        cli.Text("key"),
        cli.Int("devices", 10_000),
        Math.Min(cli.Int("batch", 500), 5000),
        cli.Int("seconds", 30),
        cli.Int("warmup", 5, min: 0),
        cli.Int("concurrency", 8),
        cli.Int("sites", 20),
        cli.Text("host-pid", "") is { Length: > 0 } ? cli.Int("host-pid", 0) : null,
        cli.Text("prefix", ""));
}
