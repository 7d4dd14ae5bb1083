namespace Monitoring.Domain.Activity;

/// <summary>
/// A stretch of time that is not duty: a declared break, from its start to its end or the break
/// limit, whichever comes first (minutes beyond the limit are duty again).
/// </summary>
public readonly record struct OffDuty(DateTimeOffset From, DateTimeOffset To)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>The break from <paramref name="start"/> to <paramref name="end"/>, cut at <paramref name="limit"/>.</summary>
    public static OffDuty OfBreak(DateTimeOffset start, DateTimeOffset end, TimeSpan limit) =>
        new(start, end < start + limit ? end : start + limit);

    public TimeSpan Length => To > From ? To - From : TimeSpan.Zero;

    /// <summary>
    /// True when the whole minute lies inside: a minute the break only touches still holds duty
    /// activity (the last events before break_start, the first after break_end) and counts as duty.
    /// </summary>
    public bool Covers(long minute)
    {
        var start = ActivityWindow.StartOf(minute);
        return start >= From && start + Minute <= To;
    }

    /// <summary>How much of all of <paramref name="offDuty"/> falls between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static TimeSpan Total(IReadOnlyList<OffDuty> offDuty, DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var i = 0; i < offDuty.Count; i++)
        {
            total += offDuty[i].Within(from, to);
        }

        return total;
    }

    /// <summary>How much of it falls between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public TimeSpan Within(DateTimeOffset from, DateTimeOffset to)
    {
        var (a, b) = (From > from ? From : from, To < to ? To : to);
        return b > a ? b - a : TimeSpan.Zero;
    }
}
