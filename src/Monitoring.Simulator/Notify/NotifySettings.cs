using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Notify;

/// <summary>
/// The options of the <c>notify</c> verb. <c>storm</c>: every alert at one site within
/// <see cref="SpreadS"/> seconds; <c>latency</c>: one alert per site, paced, so each is its own group.
/// </summary>
internal sealed record NotifySettings(
    Uri Url, string Key, string Mode, int Alerts, int Contacts, double FailRate, int GroupWaitS, int SpreadS,
    int DrainS, int Seed, string? Out)
{
    public bool Storm => Mode == "storm";

    public static NotifySettings From(CommandLine cli)
    {
        var mode = cli.Text("mode", "storm");
        if (mode is not ("storm" or "latency"))
        {
            throw new ArgumentException("--mode must be storm or latency.");
        }

        return new(
            cli.LoopbackUrl(),
            cli.Text("key"),
            mode,
            Math.Min(cli.Int("alerts", mode == "storm" ? 500 : 200), 2000),
            Math.Min(cli.Int("contacts", 3), 20),
            cli.Double("fail-rate", 0, 0, 0.95),
            cli.Int("group-wait", mode == "storm" ? 30 : 0, min: 0),
            cli.Int("spread", 60),
            cli.Int("drain", 300),
            cli.Int("seed", 1, min: 0),
            cli.Text("out", "") is { Length: > 0 } path ? path : null);
    }
}
