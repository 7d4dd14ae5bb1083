using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>
/// A ring of per-minute buckets covering the last <see cref="Capacity"/> minutes of a guard's
/// activity. Events are filed under the minute of their own timestamp, so late and out-of-order
/// events land in their own time slot; an event older than the ring is too late for any window.
/// </summary>
public sealed class ActivityWindow
{
    public const int Capacity = 64;

    private readonly MinuteBucket[] _buckets = new MinuteBucket[Capacity];
    private long _newest = long.MinValue;

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
        if (_newest != long.MinValue && minute <= _newest - Capacity)
        {
            return false;
        }

        _newest = Math.Max(_newest, minute);
        ref var bucket = ref _buckets[Slot(minute)];
        if (bucket.Minute != minute)
        {
            bucket = new MinuteBucket { Minute = minute };
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
        for (var m = Math.Max(first, last - Capacity + 1); m <= last; m++)
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

        for (var m = _newest - Capacity + 1; m <= _newest; m++)
        {
            var bucket = _buckets[Slot(m)];
            if (bucket.Minute == m)
            {
                yield return bucket;
            }
        }
    }

    /// <summary>Rebuilds a window from snapshot buckets.</summary>
    public static ActivityWindow Restore(IEnumerable<MinuteBucket> buckets)
    {
        var window = new ActivityWindow();
        foreach (var bucket in buckets)
        {
            if (window._newest != long.MinValue && bucket.Minute <= window._newest - Capacity)
            {
                continue;
            }

            window._newest = Math.Max(window._newest, bucket.Minute);
            window._buckets[Slot(bucket.Minute)] = bucket;
        }

        return window;
    }

    private static int Slot(long minute) => (int)(((minute % Capacity) + Capacity) % Capacity);
}
