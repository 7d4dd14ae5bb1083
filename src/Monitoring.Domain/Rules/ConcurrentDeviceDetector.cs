namespace Monitoring.Domain.Rules;

/// <summary>
/// Remembers, per guard, the newest event time of each of the guard's devices (at most
/// <see cref="Capacity"/>, the least recent forgotten) and measures the device_gap_min signal: how
/// long ago the second most recent device was heard from. Two devices with events within 2 min of
/// each other read at most 2 when the later event arrives, and the value grows from there, so the
/// condition holds while both are in use and stops once one falls silent. Events are taken by their
/// own time, so late and out-of-order events count in their own slot (and never move a device back).
/// An event time ahead of <c>now</c> counts as <c>now</c>.
/// </summary>
public sealed class ConcurrentDeviceDetector
{
    public const int Capacity = 4;

    private readonly List<DeviceLastSeen> _devices = [];

    /// <summary>The devices kept, most recent first; also the snapshot to store.</summary>
    public IReadOnlyList<DeviceLastSeen> Devices => [.. _devices];

    public static ConcurrentDeviceDetector Restore(IEnumerable<DeviceLastSeen> devices)
    {
        var detector = new ConcurrentDeviceDetector();
        foreach (var device in devices)
        {
            detector.Record(device.DeviceId, device.At);
        }

        return detector;
    }

    public void Record(string deviceId, DateTimeOffset at)
    {
        var index = _devices.FindIndex(d => d.DeviceId == deviceId);
        if (index >= 0)
        {
            if (_devices[index].At >= at)
            {
                return;
            }

            _devices.RemoveAt(index);
        }
        else if (_devices.Count == Capacity)
        {
            if (_devices[^1].At >= at)
            {
                return;
            }

            _devices.RemoveAt(Capacity - 1);
        }

        var position = _devices.FindIndex(d => d.At < at);
        _devices.Insert(position < 0 ? _devices.Count : position, new DeviceLastSeen(deviceId, at));
    }

    /// <summary>Minutes since the second most recent device was heard from; null with fewer than two devices.</summary>
    public double? GapMinutes(DateTimeOffset now) =>
        _devices.Count < 2 ? null : Math.Max(0, (now - Min(_devices[1].At, now)).TotalMinutes);

    /// <summary>When the gap grows past <paramref name="maxGap"/>, so the condition stops holding; for the grain's timer.</summary>
    public DateTimeOffset? EndsAt(TimeSpan maxGap) => _devices.Count < 2 ? null : _devices[1].At + maxGap;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
