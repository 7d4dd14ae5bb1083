using Monitoring.Grains.Alerts;

namespace Monitoring.Grains.Guards;

/// <summary>The guard's baseline_anomaly alert id (<see cref="GuardSnapshot.BaselineAlertId"/>) as an owned-alert slot.</summary>
internal readonly struct BaselineAlertSlot(GuardSnapshot guard) : IOwnedAlertSlot
{
    public string? AlertId
    {
        get => guard.BaselineAlertId;
        set => guard.BaselineAlertId = value;
    }
}
