using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Grains.Devices;

/// <summary>
/// The guard and site a phone is bound to, followed through a batch without touching the stored
/// binding: shift_start binds, shift_end unbinds, and each event is routed to the guard it concerns.
/// </summary>
internal struct DeviceBinding(string? guardId, string? siteId)
{
    public string? GuardId { get; private set; } = guardId;

    public string? SiteId { get; private set; } = siteId;

    public bool Changed { get; private set; }

    /// <summary>Moves the binding on by one event and adds what its guard needs to hear to <paramref name="routing"/>.</summary>
    public void Route(TelemetryEvent e, GuardRouting routing)
    {
        if (e.Type == EventType.ShiftStart && e.GuardId is not null)
        {
            Changed |= GuardId != e.GuardId || SiteId != e.SiteId;
            GuardId = e.GuardId;
            SiteId = e.SiteId;
        }

        var guard = e.GuardId ?? GuardId;
        if (guard is not null)
        {
            routing.Add(guard, e);
        }

        // A phone naming a guard it is not bound to (a second phone under one identity) is always
        // reported to that guard, heartbeats included: concurrent_device needs to hear of it.
        if (e.GuardId is { } named && named != GuardId)
        {
            routing.Touch(named);
        }

        if (e.Type == EventType.ShiftEnd && GuardId is not null && (e.GuardId is null || e.GuardId == GuardId))
        {
            GuardId = null;
            Changed = true;
        }
    }
}
