namespace Monitoring.Notifications.Worker;

/// <summary>
/// When a failed message is tried again: exponential backoff from the base (5 s, 10 s, 20 s, ... by
/// default), capped, then spread by ±<see cref="Jitter"/> so that messages that failed together (a
/// receiver down for everyone) do not all come back in the same second.
/// </summary>
public static class RetrySchedule
{
    public const double Jitter = 0.2;

    /// <summary>
    /// The wait after <paramref name="attempts"/> failed attempts (1 or more); <paramref name="random"/>
    /// is a draw in [0, 1) (0.5 gives the wait without jitter).
    /// </summary>
    public static TimeSpan DelayAfter(int attempts, TimeSpan baseDelay, TimeSpan cap, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        // 2^(attempts-1) overflows nothing below the cap: past 30 doublings every base is over any cap.
        var exponent = Math.Min(attempts - 1, 30);
        var raw = Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), cap.Ticks);
        var spread = 1 + (Jitter * ((2 * Math.Clamp(random, 0, 1)) - 1));
        return TimeSpan.FromTicks((long)(raw * spread));
    }
}
