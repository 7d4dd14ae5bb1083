using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>
/// A ring of per-minute buckets covering the last minutes of a guard's activity (<see cref="Capacity"/>
/// by default; a guard's ring is sized to its evaluation window with <see cref="MinutesFor"/>).
/// Events are filed under the minute of their own timestamp, so late and out-of-order events land in
/// their own time slot; an event older than the ring is too late for any window.
/// </summary>
public sealed class ActivityWindow(int minutes = ActivityWindow.Capacity)
{
    public const int Capacity = 64;

    /// <summary>How far ahead of the clock an event's time may be (the ingest rule); the ring must cover it too.</summary>
    private const int AheadMinutes = 5;

    private readonly MinuteBucket[] _buckets = new MinuteBucket[Math.Max(2, minutes)];
    private long _newest = long.MinValue;

    /// <summary>
    /// The ring a window of <paramref name="window"/> needs: its minutes, the minutes an event may be
    /// ahead of the clock (the newest bucket can be that far ahead of an evaluation), and two to spare.
    /// At the default 30-minute window that is 38 buckets instead of 64 (1.2 KB less per guard).
    /// </summary>
    public static int MinutesFor(TimeSpan window) => (int)Math.Ceiling(window.TotalMinutes) + AheadMinutes + 3;

    private int Size => _buckets.Length;

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
        if (_newest != long.MinValue && minute <= _newest - Size)
        {
            return false;
        }

        _newest = Math.Max(_newest, minute);
        ref var bucket = ref _buckets[Slot(minute)];
        if (bucket.Minute != minute)
        {
            bucket = new MinuteBucket(minute);
        }

        bucket.Add(kind, fix);
        return true;
    }

    /// <summary>Sums the minutes that start within [from, to].</summary>
    public WindowSummary Summarize(DateTimeOffset from, DateTimeOffset to)
    {
        var first = MinuteOf(from);
        if (StartOf(first) < from)
        {
            first++;
        }

        var last = MinuteOf(to);
        int phone = 0, fixes = 0, tasks = 0, checkpoints = 0;
        var meter = new MovementMeter();
        for (var m = Math.Max(first, last - Size + 1); m <= last; m++)
        {
            ref readonly var bucket = ref _buckets[Slot(m)];
            if (bucket.Minute != m)
            {
                continue;
            }

            phone += bucket.Phone;
            fixes += bucket.Fixes;
            tasks += bucket.Tasks;
            checkpoints += bucket.Checkpoints;
            if (bucket.HasFix)
            {
                meter.Add(bucket.Centre);
            }
        }

        return new WindowSummary(from, to, phone, fixes, Math.Round(meter.TotalM, 1), tasks, checkpoints);
    }

    /// <summary>The buckets that hold data, oldest first, for snapshots.</summary>
    public IEnumerable<MinuteBucket> Buckets()
    {
        if (_newest == long.MinValue)
        {
            yield break;
        }

        for (var m = _newest - Size + 1; m <= _newest; m++)
        {
            var bucket = _buckets[Slot(m)];
            if (bucket.Minute == m)
            {
                yield return bucket;
            }
        }
    }

    /// <summary>Rebuilds a window from snapshot buckets.</summary>
    public static ActivityWindow Restore(IEnumerable<MinuteBucket> buckets, int minutes = Capacity)
    {
        var window = new ActivityWindow(minutes);
        foreach (var bucket in buckets)
        {
            if (window._newest != long.MinValue && bucket.Minute <= window._newest - window.Size)
            {
                continue;
            }

            window._newest = Math.Max(window._newest, bucket.Minute);
            window._buckets[window.Slot(bucket.Minute)] = bucket;
        }

        return window;
    }

    private int Slot(long minute) => (int)(((minute % Size) + Size) % Size);
}
