using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>The window over duty minutes only, and a ring that grows while a break needs it.</summary>
public sealed partial class ActivityWindow
{
    /// <summary>The number of minutes the ring holds.</summary>
    public int Minutes => Size;

    /// <summary>
    /// The last minutes of duty up to <paramref name="to"/>: as many minutes as <see cref="Summarize"/>
    /// sums over <paramref name="span"/>, reaching back past the minutes an <see cref="OffDuty"/>
    /// stretch covers, so a break's quiet minutes are not judged. <see cref="WindowSummary.From"/> moves
    /// back by the minutes skipped. Movement is measured within each stretch of duty: where the guard
    /// went during a break is not movement on duty.
    /// </summary>
    public WindowSummary SummarizeDuty(DateTimeOffset to, TimeSpan span, IReadOnlyList<OffDuty> offDuty)
    {
        var from = to - span;
        var last = MinuteOf(to);
        if (offDuty.Count == 0)
        {
            return Sum(FirstMinuteFrom(from), last, offDuty, from, to);
        }

        var wanted = last - FirstMinuteFrom(from) + 1;
        var (minute, skipped) = (last, 0);
        for (var counted = 0L; counted < wanted; minute--)
        {
            if (IsOffDuty(minute, offDuty))
            {
                skipped++;
            }
            else
            {
                counted++;
            }
        }

        return Sum(minute + 1, last, offDuty, from - TimeSpan.FromMinutes(skipped), to);
    }

    /// <summary>
    /// Resizes the ring to <paramref name="minutes"/>, keeping the newest minutes that fit. A grown
    /// ring holds nothing older than before: those minutes were already dropped.
    /// </summary>
    public void Resize(int minutes)
    {
        minutes = Math.Max(2, minutes);
        if (minutes == Size)
        {
            return;
        }

        var resized = new MinuteTally[minutes];
        if (_newest != long.MinValue)
        {
            for (var m = _newest - Math.Min(Size, minutes) + 1; m <= _newest; m++)
            {
                resized[SlotIn(m, minutes)] = _tallies[Slot(m)];
            }
        }

        _tallies = resized;
    }

    /// <summary>
    /// The centre of the newest minute with a GPS fix among the minutes that start within
    /// [<paramref name="from"/>, <paramref name="to"/>], with that minute's start; null when none has one.
    /// </summary>
    public (DateTimeOffset At, GeoFix Fix)? LatestFix(DateTimeOffset from, DateTimeOffset to)
    {
        var last = MinuteOf(to);
        for (var m = last; m >= Math.Max(FirstMinuteFrom(from), last - Size + 1); m--)
        {
            if (Holds(m) && _tallies[Slot(m)].HasFix)
            {
                return (StartOf(m), _tallies[Slot(m)].Centre);
            }
        }

        return null;
    }

    private static bool IsOffDuty(long minute, IReadOnlyList<OffDuty> offDuty)
    {
        for (var i = 0; i < offDuty.Count; i++)
        {
            if (offDuty[i].Covers(minute))
            {
                return true;
            }
        }

        return false;
    }

    private static long FirstMinuteFrom(DateTimeOffset from)
    {
        var first = MinuteOf(from);
        return StartOf(first) < from ? first + 1 : first;
    }

    private static int SlotIn(long minute, int size) => (int)(((minute % size) + size) % size);

    // Sums the held minutes first..last that are duty; each stretch of duty gets its own movement meter.
    private WindowSummary Sum(long first, long last, IReadOnlyList<OffDuty> offDuty, DateTimeOffset from, DateTimeOffset to)
    {
        int phone = 0, fixes = 0, tasks = 0, checkpoints = 0;
        var (moved, meter) = (0.0, new MovementMeter());
        for (var m = Math.Max(first, last - Size + 1); m <= last; m++)
        {
            if (offDuty.Count > 0 && IsOffDuty(m, offDuty))
            {
                (moved, meter) = (moved + meter.TotalM, new MovementMeter());
                continue;
            }

            if (!Holds(m))
            {
                continue;
            }

            ref readonly var bucket = ref _tallies[Slot(m)];
            phone += bucket.Phone;
            fixes += bucket.Fixes;
            tasks += bucket.Tasks;
            checkpoints += bucket.Checkpoints;
            if (bucket.HasFix)
            {
                meter.Add(bucket.Centre);
            }
        }

        return new WindowSummary(from, to, phone, fixes, Math.Round(moved + meter.TotalM, 1), tasks, checkpoints);
    }
}
