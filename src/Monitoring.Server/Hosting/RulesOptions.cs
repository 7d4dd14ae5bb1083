namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Rules</c> settings.</summary>
internal sealed class RulesOptions
{
    /// <summary>
    /// Runs the health rules: the device's (battery, battery shift risk, signal, memory, offline) and
    /// the guard's (geofence, concurrent device, biometric failures). Off leaves inactivity and baselines.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The shift length battery_shift_risk assumes when a shift_start carries no <c>shiftEndsAt</c>.</summary>
    public TimeSpan DefaultShiftLength { get; set; } = Grains.Rules.HealthRulesPolicy.StandardShift;
}
