namespace Monitoring.Grains.Rules;

/// <summary>
/// Whether the health rules run (the device's: battery, battery shift risk, signal, memory, offline;
/// the guard's: geofence, concurrent device, biometric failures), and the shift length assumed for
/// battery_shift_risk when a shift_start does not say when the shift ends.
/// <c>Monitoring__Rules__Enabled=false</c> leaves only inactivity and baselines.
/// </summary>
public sealed record HealthRulesPolicy(bool Enabled, TimeSpan DefaultShiftLength)
{
    public static readonly TimeSpan StandardShift = TimeSpan.FromHours(8);

    public static HealthRulesPolicy On { get; } = new(true, StandardShift);

    public static HealthRulesPolicy Off { get; } = new(false, StandardShift);
}
