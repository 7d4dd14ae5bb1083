namespace Monitoring.Simulator.Fleet;

/// <summary>
/// The phones' clock for the load verbs, in one place: they stamp events with real time against a
/// host on the system clock. (A replay against a manual-clock host will stamp simulated time instead.)
/// </summary>
internal static class PhoneClock
{
    private static readonly TimeProvider Source = TimeProvider.System;

    public static DateTime UtcNow => Source.GetUtcNow().UtcDateTime;
}
