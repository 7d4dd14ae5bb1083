using Monitoring.Domain.Geo;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Domain.Fraud;

/// <summary>
/// One attendance event (shift_start, biometric, checkpoint) as the fraud features need it: when,
/// what, the event's own fix if it carried one, the biometric outcome, the device's signal and battery
/// (the event's or the device's last known), metres outside the site's geofence (null: no fence or no
/// fix) and the site's local time of the event.
/// </summary>
public readonly record struct AttendanceObservation(
    DateTimeOffset At,
    EventType Type,
    GeoFix? Fix,
    bool? Success,
    double? SignalDbm,
    double? BatteryPct,
    double? OutsideM,
    DateTime LocalTime)
{
    /// <summary>Whether the type is one the fraud score looks at.</summary>
    public static bool IsAttendance(EventType type) => type is EventType.ShiftStart or EventType.Biometric or EventType.Checkpoint;
}
