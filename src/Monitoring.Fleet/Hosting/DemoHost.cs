namespace Monitoring.Fleet.Hosting;

/// <summary>
/// What the demo fleet needs from the host it runs in: the key it posts with (null when the host has
/// configured API keys, so there is no development key), whether the host runs on a manual clock
/// (a demo needs real time), and the addresses the host listens on, read once it has started.
/// </summary>
public sealed record DemoHost(string? Key, bool ManualClock, Func<IEnumerable<string>> Addresses);
