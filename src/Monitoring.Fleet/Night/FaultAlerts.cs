namespace Monitoring.Fleet.Night;

/// <summary>Which alert types count as detecting each behaviour (the first is the primary one the report scores).</summary>
internal static class FaultAlerts
{
    public static IReadOnlyList<string> Of(FaultKind kind) => kind switch
    {
        FaultKind.Asleep => ["inactivity", "baseline_anomaly"],
        FaultKind.PhoneLeftBehind => ["inactivity", "baseline_anomaly"],
        FaultKind.LeftSite => ["geofence_exit"],
        FaultKind.BatteryDying => ["battery_shift_risk", "battery_low", "battery_critical"],
        FaultKind.DeadZone => ["poor_signal", "device_offline"],
        FaultKind.MemoryLeak => ["high_memory"],
        FaultKind.SharedIdentity => ["concurrent_device"],
        FaultKind.BiometricFailures => ["biometric_failures"],
        FaultKind.SwitchedOff => ["device_offline"],
        _ => [],
    };
}
