namespace Monitoring.Fleet.Fraud;

/// <summary>
/// What a guard of a fraud night does. Every kind but <see cref="Honest"/> is attendance fraud with
/// a telemetry signature of its own; the events that carry out the act are labelled fraud.
/// </summary>
internal enum FraudBehaviour
{
    /// <summary>Clocks in on site, walks the tour, scans what it walks to.</summary>
    Honest,

    /// <summary>A colleague clocks in for the guard on another phone; the guard's own phone turns up 30-60 min later.</summary>
    SharedIdentity,

    /// <summary>A mocked location: the guard stays home and the fix jumps to each checkpoint as it is scanned (hundreds of km/h).</summary>
    Teleport,

    /// <summary>A mocked location replaying the tour: dead-straight legs at a constant speed, a constant accuracy, no noise, a phone that never steps.</summary>
    TooSmooth,

    /// <summary>A mocked location with impossibly precise fixes (under 1.5 m) along the tour, a phone that never steps.</summary>
    PreciseFix,

    /// <summary>Three to five checkpoints scanned within minutes from the post, the phone still (copied tags).</summary>
    CheckpointsWithoutWalking,

    /// <summary>Clocks in (shift_start, biometric) from well outside the geofence, then drives in.</summary>
    OutsideFenceClockIn,

    /// <summary>Failed biometric checks on the guard's phone, then a success on another phone naming the guard.</summary>
    BiometricOtherPhone,
}
