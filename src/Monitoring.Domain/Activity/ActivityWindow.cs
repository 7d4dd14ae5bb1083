using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>
/// A ring of per-minute buckets covering the last minutes of a guard's activity (<see cref="Capacity"/>
/// by default; a guard's ring is sized to its evaluation window with <see cref="MinutesFor"/>).
/// Events are filed under the minute of their own timestamp, so late and out-of-order events land in
/// their own time slot; an event older than the ring is too late for any window. The ring covers the
/// minutes up to the newest one recorded, and slots are cleared as it moves on, so a slot's position
/// says its minute and the tallies carry none.
/// </summary>
public sealed partial class ActivityWindow(int minutes = ActivityWindow.Capacity)
{
    public const int Capacity = 64;

    /// <summary>How far ahead of the clock an event's time may be (the ingest rule); the ring must cover it too.</summary>
    private const int AheadMinutes = 5;

    private MinuteTally[] _tallies = new MinuteTally[Math.Max(2, minutes)];
    private long _newest = long.MinValue;

    /// <summary>
    /// The ring a window of <paramref name="window"/> needs: its minutes, the minutes an event may be
    /// ahead of the clock (the newest bucket can be that far ahead of an evaluation), and two to spare.
    /// At the default 30-minute window that is 38 buckets, not a power of two (64).
    /// </summary>
    public static int MinutesFor(TimeSpan window) => (int)Math.Ceiling(window.TotalMinutes) + AheadMinutes + 3;

    private int Size => _tallies.Length;

    public static long MinuteOf(DateTimeOffset ts) => Math.DivRem(ts.ToUnixTimeSeconds(), 60L) switch
    {
        (var q, < 0) => q - 1,
        (var q, _) => q,
    };

    public static DateTimeOffset StartOf(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);

    /// <summary>Files one event; false when it is older than the ring.</summary>
    public bool Record(DateTimeOffset ts, ActivityKind kind, GeoFix? fix)
    {
        var minute = MinuteOf(ts);
        if (!Reach(minute))
        {
            return false;
        }

        _tallies[Slot(minute)].Add(kind, fix);
        return true;
    }

    /// <summary>Sums the minutes that start within [from, to].</summary>
    public WindowSummary Summarize(DateTimeOffset from, DateTimeOffset to) =>
        Sum(FirstMinuteFrom(from), MinuteOf(to), [], from, to);

    /// <summary>The minutes that hold data (and always the newest), oldest first, for snapshots.</summary>
    public IEnumerable<MinuteBucket> Buckets()
    {
        if (_newest == long.MinValue)
        {
            yield break;
        }

        for (var m = _newest - Size + 1; m <= _newest; m++)
        {
            var tally = _tallies[Slot(m)];
            if (!tally.IsEmpty || m == _newest)
            {
                yield return new MinuteBucket(m, tally);
            }
        }
    }

    /// <summary>Rebuilds a window from snapshot buckets.</summary>
    public static ActivityWindow Restore(IEnumerable<MinuteBucket> buckets, int minutes = Capacity)
    {
        var window = new ActivityWindow(minutes);
        foreach (var bucket in buckets)
        {
            if (window.Reach(bucket.Minute))
            {
                window._tallies[window.Slot(bucket.Minute)] = bucket.Tally;
            }
        }

        return window;
    }

    // Moves the ring forward to a newer minute (clearing the slots it reuses); false for a minute
    // older than the ring.
    private bool Reach(long minute)
    {
        if (_newest != long.MinValue && minute <= _newest - Size)
        {
            return false;
        }

        if (_newest == long.MinValue || minute > _newest)
        {
            var from = _newest == long.MinValue ? minute - Size + 1 : Math.Max(_newest + 1, minute - Size + 1);
            for (var m = from; m <= minute; m++)
            {
                _tallies[Slot(m)] = default;
            }

            _newest = minute;
        }

        return true;
    }

    private bool Holds(long minute) => _newest != long.MinValue && minute <= _newest && minute > _newest - Size;

    private int Slot(long minute) => SlotIn(minute, Size);
}
