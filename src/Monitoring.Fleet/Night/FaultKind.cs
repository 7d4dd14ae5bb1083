namespace Monitoring.Fleet.Night;

/// <summary>
/// The behaviours a simulated night scripts, each recorded as ground truth. The first group should
/// raise an alert; the valid group must not.
/// </summary>
internal enum FaultKind
{
    /// <summary>The guard falls asleep: the phone keeps sending heartbeats but lies still, no use, no scans.</summary>
    Asleep,

    /// <summary>The phone stays on a desk while the guard walks off: still phone, no use, no scans.</summary>
    PhoneLeftBehind,

    /// <summary>The guard leaves the site, well beyond the geofence, for longer than the rule's duration.</summary>
    LeftSite,

    /// <summary>The battery drains fast enough to die before the shift ends.</summary>
    BatteryDying,

    /// <summary>20 minutes without coverage: signal below -100 dBm, events buffered and delivered late.</summary>
    DeadZone,

    /// <summary>Memory creeps past 80 %, then 90 %.</summary>
    MemoryLeak,

    /// <summary>A second phone sends events under the same guard's identity.</summary>
    SharedIdentity,

    /// <summary>Three or more failed biometric attempts within a few minutes.</summary>
    BiometricFailures,

    /// <summary>The phone is switched off: no events at all until the end of the shift.</summary>
    SwitchedOff,

    /// <summary>Valid: a declared break (break_start .. break_end), still and quiet while on it.</summary>
    DeclaredBreak,

    /// <summary>Valid: a standing post, no walking, but the guard uses the phone and completes tasks.</summary>
    StandingPost,

    /// <summary>Valid: a slow patrol, fewer checkpoints and slow walking, but still moving.</summary>
    SlowPatrol,
}
