namespace Monitoring.Contracts.Guards;

/// <summary>
/// One number per activity signal the baseline learns (in JSON an object keyed by signal name). A
/// value type with fixed fields: every guard on shift keeps two in its view, and a dictionary per
/// signal would cost several times more.
/// </summary>
[GenerateSerializer, Immutable, Alias("signal-figures")]
public readonly record struct SignalFigures(
    [property: Id(0)] double PhoneEvents,
    [property: Id(1)] double LocationUpdates,
    [property: Id(2)] double MovementM,
    [property: Id(3)] double TasksCompleted,
    [property: Id(4)] double CheckpointsScanned);
