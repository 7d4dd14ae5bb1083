using System.Collections.Immutable;

namespace Monitoring.Domain.Fraud;

/// <summary>The wire and model names of the <see cref="FraudFeature"/>s, in vector order.</summary>
public static class FraudFeatureNames
{
    /// <summary>How many features a vector holds.</summary>
    public const int Count = 12;

    /// <summary>Every name, index = <see cref="FraudFeature"/> value.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        "biometric_quality",
        "gps_accuracy_m",
        "geofence_distance_m",
        "time_of_day_anomaly",
        "day_of_week_anomaly",
        "velocity_kmh",
        "historical_fraud_rate",
        "consecutive_violations",
        "tour_completion_rate",
        "signal_dbm",
        "battery_pct",
        "location_updates_per_hour",
    ];

    /// <summary>The name of one feature.</summary>
    public static string Of(FraudFeature feature) => All[(int)feature];
}
