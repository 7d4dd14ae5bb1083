namespace Monitoring.Domain.Fraud;

/// <summary>
/// The twelve inputs of the fraud risk of one attendance event (shift_start, biometric, checkpoint),
/// in the order of the feature vector a model is trained and scored on. Never reorder: a stored
/// model names its features by <see cref="FraudFeatureNames"/> and is refused when they differ.
/// </summary>
public enum FraudFeature
{
    /// <summary>Recent biometric quality, 0 (every attempt failed) to 1 (first attempt passed).</summary>
    BiometricQuality,

    /// <summary>The event's GPS accuracy radius in metres (missing: the device's last known).</summary>
    GpsAccuracyM,

    /// <summary>Metres outside the site's geofence; 0 inside.</summary>
    GeofenceDistanceM,

    /// <summary>How unusual the hour is against the guard's own history, 0 (usual) to 1 (never seen).</summary>
    TimeOfDayAnomaly,

    /// <summary>How unusual the weekday is against the guard's own history, 0 to 1.</summary>
    DayOfWeekAnomaly,

    /// <summary>The fastest fix-to-fix speed since the guard's previous attendance event, up to this one's fix, km/h.</summary>
    VelocityKmh,

    /// <summary>Share of the guard's labelled events that were fraud, 0 to 1.</summary>
    HistoricalFraudRate,

    /// <summary>Attendance events in a row that broke a rule (outside the fence, failed biometric, impossible speed).</summary>
    ConsecutiveViolations,

    /// <summary>Share of the tour's checkpoints scanned so far this shift that look walked to, 0 to 1.</summary>
    TourCompletionRate,

    /// <summary>The device's signal strength, dBm.</summary>
    SignalDbm,

    /// <summary>The device's battery level, percent.</summary>
    BatteryPct,

    /// <summary>Location updates per hour over the last hour.</summary>
    LocationUpdatesPerHour,
}
