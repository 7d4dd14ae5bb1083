namespace Monitoring.Domain.Notifications;

/// <summary>Which silence holds an alert now, and when the answer may next change by the clock alone.</summary>
public static class Silencing
{
    /// <summary>The active silence matching <paramref name="alert"/> (the lowest id when several do, so the answer is stable), or null.</summary>
    public static string? Find(IEnumerable<SilenceRule> silences, NoticeAlert alert, DateTimeOffset now)
    {
        string? found = null;
        foreach (var silence in silences)
        {
            if (silence.IsActiveAt(now) && silence.Matches(alert)
                && (found is null || string.CompareOrdinal(silence.SilenceId, found) < 0))
            {
                found = silence.SilenceId;
            }
        }

        return found;
    }

    /// <summary>The next start or end of a silence after <paramref name="now"/>, or null when none is ahead.</summary>
    public static DateTimeOffset? NextBoundary(IEnumerable<SilenceRule> silences, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var silence in silences.Where(s => s.EndedAt is null))
        {
            foreach (var at in (ReadOnlySpan<DateTimeOffset>)[silence.StartsAt, silence.EndsAt])
            {
                if (at > now && (next is null || at < next))
                {
                    next = at;
                }
            }
        }

        return next;
    }
}
