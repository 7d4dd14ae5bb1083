using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Guards;

/// <summary>
/// A guard's health-rule state (geofence exit, concurrent device, biometric failures): one slot per
/// rule that has held this shift, the newest event time of each of the guard's devices, and the
/// recent failed biometric attempts. Absent for a guard no rule has looked at.
/// </summary>
[GenerateSerializer, Alias("guard-rules")]
public sealed class GuardRules
{
    [Id(0)] public Dictionary<string, RuleSlot> Slots { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public List<DeviceSeenRecord> Devices { get; set; } = [];
    [Id(2)] public List<DateTimeOffset> BiometricFailures { get; set; } = [];

    /// <summary>
    /// The fraud_risk alert: open, or reserved for a raise (<see cref="Alerts.OwnedAlert"/>). Kept here,
    /// not on the snapshot, so a guard never flagged carries no field for it; the shift's end leaves it
    /// open (an operator decides it).
    /// </summary>
    [Id(3)] public string? FraudAlertId { get; set; }
}
