using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Feed;

/// <summary>The options of the <c>watch</c> verb.</summary>
internal sealed record WatchSettings(Uri Url, string Key, int Clients, int Seconds)
{
    public static WatchSettings From(CommandLine cli) => new(
        cli.LoopbackUrl(),
        cli.Text("key"),
        cli.Int("clients", 1),
        cli.Int("seconds", 60));
}
