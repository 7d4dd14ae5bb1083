namespace Monitoring.Domain.Rules;

/// <summary>
/// The battery readings of the last <see cref="Span"/>, at most one per minute (the newest of that
/// minute), in a ring of fixed size, so a device's memory stays constant however often it reports.
/// A late reading is filed under its own minute; one older than the ring is dropped.
/// </summary>
public sealed class BatteryHistory
{
    public const int Capacity = 120;

    private readonly BatteryReading?[] _slots = new BatteryReading?[Capacity];
    private long _newest = long.MinValue;

    /// <summary>The longest stretch of time the history covers.</summary>
    public static TimeSpan Span { get; } = TimeSpan.FromMinutes(Capacity);

    /// <summary>Files one reading; false when it is older than the ring or than the reading already kept for its minute.</summary>
    public bool Record(BatteryReading reading)
    {
        var minute = MinuteOf(reading.At);
        if (_newest != long.MinValue && minute <= _newest - Capacity)
        {
            return false;
        }

        ref var slot = ref _slots[Slot(minute)];
        if (slot is { } kept && MinuteOf(kept.At) == minute && kept.At > reading.At)
        {
            return false;
        }

        _newest = Math.Max(_newest, minute);
        slot = reading;
        return true;
    }

    /// <summary>The readings kept, oldest first; also the snapshot to store.</summary>
    public IReadOnlyList<BatteryReading> Readings()
    {
        var readings = new List<BatteryReading>();
        if (_newest == long.MinValue)
        {
            return readings;
        }

        for (var m = _newest - Capacity + 1; m <= _newest; m++)
        {
            if (_slots[Slot(m)] is { } r && MinuteOf(r.At) == m)
            {
                readings.Add(r);
            }
        }

        return readings;
    }

    public static BatteryHistory Restore(IEnumerable<BatteryReading> readings)
    {
        var history = new BatteryHistory();
        foreach (var reading in readings)
        {
            history.Record(reading);
        }

        return history;
    }

    private static long MinuteOf(DateTimeOffset ts) => (long)Math.Floor(ts.ToUnixTimeMilliseconds() / 60_000.0);

    private static int Slot(long minute) => (int)(((minute % Capacity) + Capacity) % Capacity);
}
