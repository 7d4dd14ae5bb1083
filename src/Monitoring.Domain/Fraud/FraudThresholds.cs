namespace Monitoring.Domain.Fraud;

/// <summary>The fixed numbers of the feature computation (docs/fraud.md, "Features").</summary>
public static class FraudThresholds
{
    /// <summary>A checkpoint scanned at least this far from the previous scan of the shift looks walked to.</summary>
    public const double WalkedM = 15;

    /// <summary>An attendance event further than this outside the geofence breaks a rule.</summary>
    public const double OutsideViolationM = 50;

    /// <summary>A guard faster than this between fixes breaks a rule (no guard on foot or in a car in town goes faster).</summary>
    public const double ImpossibleKmh = 150;

    /// <summary>Below this many attendance events in a histogram, time-of-day and weekday anomalies are 0 (no baseline yet).</summary>
    public const int MinHistory = 8;

    /// <summary>GPS accuracy taken when neither the event nor the device ever reported one, metres.</summary>
    public const double DefaultAccuracyM = 25;

    /// <summary>Signal taken when the device never reported one, dBm.</summary>
    public const double DefaultSignalDbm = -85;

    /// <summary>Battery taken when the device never reported one, percent.</summary>
    public const double DefaultBatteryPct = 50;
}
