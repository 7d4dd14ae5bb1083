namespace Monitoring.Domain.Rules;

/// <summary>The alert types of the device-health rules, as they appear on the wire and in alerts.</summary>
public static class RuleTypes
{
    public const string BatteryCritical = "battery_critical";
    public const string BatteryLow = "battery_low";
    public const string BatteryShiftRisk = "battery_shift_risk";
    public const string PoorSignal = "poor_signal";
    public const string HighMemory = "high_memory";
    public const string DeviceOffline = "device_offline";
    public const string GeofenceExit = "geofence_exit";
    public const string ConcurrentDevice = "concurrent_device";
    public const string BiometricFailures = "biometric_failures";

    /// <summary>Every rule type, in the order of the product table.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        BatteryCritical, BatteryLow, BatteryShiftRisk, PoorSignal, HighMemory,
        DeviceOffline, GeofenceExit, ConcurrentDevice, BiometricFailures,
    ];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
