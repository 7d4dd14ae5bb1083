using Monitoring.Domain.Activity;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's declared breaks as the evaluation sees them (a view of the snapshot's fields, like
/// <see cref="GuardShift"/>): the break under way, if any, and the ended ones the window may still
/// reach back past. Their minutes, up to the break limit, are not duty.
/// </summary>
internal readonly struct GuardBreaks(GuardSnapshot guard)
{
    // Breaks are short and the window reaches back about an hour: a few are plenty, and a phone
    // sending break after break cannot grow the list.
    private const int MaxKept = 4;

    /// <summary>True while a break is under way or an ended one may still be in reach.</summary>
    public bool Any => guard.BreakStartedAt is not null || guard.Breaks is not null;

    /// <summary>Keeps a break that ended at <paramref name="end"/>.</summary>
    public void Ended(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return;
        }

        var breaks = guard.Breaks ??= [];
        if (breaks.Count == MaxKept)
        {
            breaks.RemoveAt(0);
        }

        breaks.Add(new BreakRecord(start, end));
    }

    /// <summary>Drops the ended breaks whose time off duty was over before <paramref name="before"/>.</summary>
    public void Forget(DateTimeOffset before, TimeSpan limit)
    {
        if (guard.Breaks is { } breaks && breaks.RemoveAll(b => OffDuty.OfBreak(b.Start, b.End, limit).To < before) > 0 && breaks.Count == 0)
        {
            guard.Breaks = null;
        }
    }

    /// <summary>The stretches off duty up to <paramref name="now"/>, each cut at the break limit.</summary>
    public IReadOnlyList<OffDuty> OffDutyUntil(DateTimeOffset now, TimeSpan limit)
    {
        if (!Any)
        {
            return [];
        }

        var offDuty = new List<OffDuty>((guard.Breaks?.Count ?? 0) + 1);
        foreach (var b in guard.Breaks ?? [])
        {
            offDuty.Add(OffDuty.OfBreak(b.Start, b.End, limit));
        }

        if (guard.BreakStartedAt is { } start && now > start)
        {
            offDuty.Add(OffDuty.OfBreak(start, now, limit));
        }

        return offDuty;
    }
}
