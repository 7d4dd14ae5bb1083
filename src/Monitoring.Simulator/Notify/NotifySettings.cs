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
}
