namespace Monitoring.Domain.Rules;

/// <summary>
/// What a rule measures. Each rule type reads one fixed signal (the code that computes it is
/// not data); the threshold is in the signal's unit.
/// </summary>
public static class RuleSignals
{
    /// <summary>Battery level in percent, only while not charging.</summary>
    public const string BatteryPct = "battery_pct";

    /// <summary>Minutes from the guard's shift end to the predicted empty time; negative means empty before the end.</summary>
    public const string BatteryMarginMin = "battery_margin_min";

    public const string SignalDbm = "signal_dbm";
    public const string MemoryPct = "memory_pct";

    /// <summary>Minutes since the device was last heard from (or since the shift started, if later).</summary>
    public const string SilenceMin = "silence_min";

    /// <summary>Metres beyond the site's geofence radius; 0 or less is inside.</summary>
    public const string OutsideM = "outside_m";

    /// <summary>Minutes since the second most recent of the guard's devices was last heard from.</summary>
    public const string DeviceGapMin = "device_gap_min";

    /// <summary>Failed biometric attempts within the rule's window.</summary>
    public const string BiometricFailures = "biometric_failures";
}
