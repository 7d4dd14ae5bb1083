using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Failover;

/// <summary>The options of the <c>failover</c> verb; times in seconds unless named otherwise.</summary>
internal sealed record FailoverSettings(
    Uri Url, string Key, int Devices, int Batch, int Rate, int Concurrency, int Seconds, int Warmup,
    int? KillPid, int KillAfter, int Before, int After, int Drain, int RetryMs, int AttemptTimeout, string Prefix)
{
    public static FailoverSettings From(CommandLine cli) => new(
        cli.LoopbackUrl(),
        cli.Text("key"),
        cli.Int("devices", 10_000),
        Math.Min(cli.Int("batch", 200), 5000),
        cli.Int("rate", 20),
        cli.Int("concurrency", 32),
        cli.Int("seconds", 45),
        cli.Int("warmup", 5, min: 0),
        cli.Text("kill-pid", "") is { Length: > 0 } ? cli.Int("kill-pid", 0) : null,
        cli.Int("kill-after", 15, min: 0),
        cli.Int("window-before", 5, min: 0),
        cli.Int("window-after", 60),
        cli.Int("drain", 120, min: 0),
        cli.Int("retry-ms", 250),
        cli.Int("attempt-timeout", 45),
        cli.Text("prefix", "fo-"));
}
