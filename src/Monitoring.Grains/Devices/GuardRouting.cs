using System.Collections.Immutable;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Grains.Devices;

/// <summary>
/// Collects, per guard, the samples of one device batch that the guard needs. Attendance events take
/// the device's last known battery and signal (<paramref name="readings"/>) where they carry none.
/// </summary>
internal sealed class GuardRouting(DeviceReadings? readings = null)
{
    private Dictionary<string, ImmutableArray<ActivitySample>.Builder>? _byGuard;

    public IEnumerable<(string GuardId, ImmutableArray<ActivitySample> Samples)> Batches =>
        _byGuard?.Select(kv => (kv.Key, kv.Value.ToImmutable())) ?? [];

    public bool Has(string guardId) => _byGuard?.ContainsKey(guardId) == true;

    /// <summary>Adds the event when it tells the guard something: a signal, a fix, a shift or break change.</summary>
    public void Add(string guardId, TelemetryEvent e)
    {
        if (e.Type is EventType.Heartbeat or EventType.Location && e.Lat is null)
        {
            return;
        }

        var builder = Touch(guardId);
        builder.Add(AttendanceObservation.IsAttendance(e.Type)
            ? new ActivitySample(e.Ts, e.Type, e.Lat, e.Lon, e.AccuracyM, e.SiteId, e.Success, e.Seq,
                e.Battery ?? readings?.Battery, e.SignalDbm ?? readings?.SignalDbm)
            : new ActivitySample(e.Ts, e.Type, e.Lat, e.Lon, e.AccuracyM, e.SiteId, e.Success));
    }

    /// <summary>Makes sure the guard hears from this batch even without samples (its last-seen time).</summary>
    public ImmutableArray<ActivitySample>.Builder Touch(string guardId)
    {
        _byGuard ??= new Dictionary<string, ImmutableArray<ActivitySample>.Builder>(1, StringComparer.Ordinal);
        if (!_byGuard.TryGetValue(guardId, out var builder))
        {
            // One sample per device batch is the common case; the default capacity (8) was mostly waste.
            builder = ImmutableArray.CreateBuilder<ActivitySample>(1);
            _byGuard[guardId] = builder;
        }

        return builder;
    }
}
