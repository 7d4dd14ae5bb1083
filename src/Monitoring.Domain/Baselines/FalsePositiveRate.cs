using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Baselines;

/// <summary>
/// Operators' verdicts on a guard's alerts over the last 30 UTC days (today and the 29 before),
/// one counter pair per day in a ring of 30, so it never grows. Rate = false positives /
/// resolutions, 0 without resolutions. Only operator verdicts count: <see cref="Resolution.Cleared"/>
/// is the system's own. A verdict leaves the window when its day is 30 days old, at UTC midnight.
/// </summary>
public sealed class FalsePositiveRate
{
    public const int Days = 30;

    private readonly ResolutionDay[] _days = new ResolutionDay[Days];
    private int _newest = int.MinValue;

    public static int DayOf(DateTimeOffset instant) => (int)Math.Floor(instant.ToUnixTimeSeconds() / 86_400.0);

    /// <summary>Counts one resolution; false when it is not an operator verdict or is older than the ring.</summary>
    public bool Record(DateTimeOffset at, Resolution resolution)
    {
        var day = DayOf(at);
        if (resolution == Resolution.Cleared || (_newest != int.MinValue && day <= _newest - Days))
        {
            return false;
        }

        _newest = Math.Max(_newest, day);
        ref var bucket = ref _days[Slot(day)];
        if (bucket.Day != day)
        {
            bucket = new ResolutionDay(day, 0, 0);
        }

        var falsePositive = resolution == Resolution.FalsePositive ? 1 : 0;
        bucket = bucket with { Resolutions = bucket.Resolutions + 1, FalsePositives = bucket.FalsePositives + falsePositive };
        return true;
    }

    public (int Resolutions, int FalsePositives) Totals(DateTimeOffset now)
    {
        var oldest = DayOf(now) - Days + 1;
        int resolutions = 0, falsePositives = 0;
        foreach (var bucket in _days)
        {
            if (bucket.Resolutions > 0 && bucket.Day >= oldest)
            {
                resolutions += bucket.Resolutions;
                falsePositives += bucket.FalsePositives;
            }
        }

        return (resolutions, falsePositives);
    }

    public double Rate(DateTimeOffset now)
    {
        var (resolutions, falsePositives) = Totals(now);
        return resolutions == 0 ? 0.0 : (double)falsePositives / resolutions;
    }

    /// <summary>The days that hold verdicts, oldest first, for snapshots.</summary>
    public IEnumerable<ResolutionDay> Buckets() =>
        _days.Where(d => d.Resolutions > 0 && d.Day > _newest - Days).OrderBy(d => d.Day);

    /// <summary>Rebuilds a tracker from snapshot days; days older than the newest one's ring are dropped.</summary>
    public static FalsePositiveRate Restore(IEnumerable<ResolutionDay> days)
    {
        var tracker = new FalsePositiveRate();
        var kept = days.Where(d => d.Resolutions > 0).ToList();
        if (kept.Count == 0)
        {
            return tracker;
        }

        tracker._newest = kept.Max(d => d.Day);
        foreach (var day in kept.Where(d => d.Day > tracker._newest - Days))
        {
            tracker._days[Slot(day.Day)] = day;
        }

        return tracker;
    }

    private static int Slot(int day) => ((day % Days) + Days) % Days;
}
