namespace Monitoring.Domain.Notifications;

/// <summary>A contact's rate limit: at most so many messages in any sliding window of the given length.</summary>
public static class RateWindow
{
    /// <summary>
    /// Null when one more message may go at <paramref name="now"/>; otherwise when it may, that is when
    /// enough of the sends counted in the window (<paramref name="sends"/>, any order) have left it.
    /// </summary>
    public static DateTimeOffset? HeldUntil(IEnumerable<DateTimeOffset> sends, DateTimeOffset now, int limit, TimeSpan window)
    {
        var inWindow = sends.Where(at => at > now - window && at <= now).Order().ToList();
        var allowed = Math.Max(1, limit);
        return inWindow.Count < allowed ? null : inWindow[inWindow.Count - allowed] + window;
    }

    /// <summary>The sends still inside the window at <paramref name="now"/> (what a store needs to keep).</summary>
    public static IEnumerable<DateTimeOffset> Kept(IEnumerable<DateTimeOffset> sends, DateTimeOffset now, TimeSpan window) =>
        sends.Where(at => at > now - window);
}
