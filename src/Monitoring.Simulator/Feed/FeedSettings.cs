using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Feed;

/// <summary>The options of the <c>feed</c> verb.</summary>
internal sealed record FeedSettings(
    Uri Url, string Key, int Devices, int Batch, int Rate, int Seconds, int Warmup, int Concurrency, int Sites,
    int TenantClients, int SiteClients, int Probes, int ProbeIntervalMs, int? HostPid, bool Batched)
{
    public static FeedSettings From(CommandLine cli) => new(
        cli.LoopbackUrl(),
        cli.Text("key"),
        cli.Int("devices", 10_000),
        Math.Min(cli.Int("batch", 500), 5000),
        cli.Int("rate", 20_000, min: 0),
        cli.Int("seconds", 30),
        cli.Int("warmup", 10, min: 0),
        cli.Int("concurrency", 8),
        cli.Int("sites", 20),
        cli.Int("tenant-clients", 10, min: 0),
        cli.Int("site-clients", 10, min: 0),
        cli.Int("probes", 100),
        cli.Int("probe-interval", 50),
        cli.Text("host-pid", "") is { Length: > 0 } ? cli.Int("host-pid", 0) : null,
        cli.Text("batched", "false") == "true");
}
