using Monitoring.Grains.Alerts;

namespace Monitoring.Grains.Guards;

/// <summary>The guard's inactivity alert id (<see cref="GuardSnapshot.OpenAlertId"/>) as an owned-alert slot.</summary>
internal readonly struct InactivityAlertSlot(GuardSnapshot guard) : IOwnedAlertSlot
{
    public string? AlertId
    {
        get => guard.OpenAlertId;
        set => guard.OpenAlertId = value;
    }
}
