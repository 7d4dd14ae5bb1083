namespace Monitoring.Fleet.Night;

/// <summary>A scripted moment in a guard's shift (see <see cref="GuardCues"/>).</summary>
internal enum Cue
{
    /// <summary>A successful biometric check (at shift start).</summary>
    Biometric,

    /// <summary>A failed biometric attempt.</summary>
    BiometricFailure,

    BreakStart,

    BreakEnd,

    /// <summary>The behaviour begins: the script takes its starting readings.</summary>
    FaultStart,

    /// <summary>The behaviour ends: the script puts things back.</summary>
    FaultEnd,

    /// <summary>The phone is switched off: nothing more is sent.</summary>
    SwitchOff,

    /// <summary>The battery reaches 0 %: a last heartbeat, then nothing.</summary>
    BatteryDead,

    /// <summary>The guard sends shift_end; the script ends.</summary>
    ShiftEnd,
}
