using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Memory;

/// <summary>The options of the <c>memory</c> verb.</summary>
internal sealed record MemorySettings(
    Uri Url, string Key, int Guards, int Batch, int Concurrency, int Sites, int Settle, int Minutes, int Hours)
{
    public static MemorySettings From(CommandLine cli) => new(
        cli.LoopbackUrl(),
        cli.Text("key"),
        cli.Int("guards", 10_000),
        Math.Min(cli.Int("batch", 500), 5000),
        cli.Int("concurrency", 8),
        cli.Int("sites", 20),
        cli.Int("settle", 5, min: 0),
        Math.Min(cli.Int("minutes", 4, min: 2), 60),
        Math.Min(cli.Int("hours", 0, min: 0), 12));
}
