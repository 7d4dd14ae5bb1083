using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Guards;

/// <summary>
/// One evaluation of the guard: its score (null while the guard was warming up) and the four
/// activity signals in the evaluation period before it (phone events, movement in metres, tasks and
/// checkpoints; counts saturate at 255, movement at 65,535 m).
/// </summary>
[GenerateSerializer, Immutable, Alias("guard-history-point")]
public sealed record GuardHistoryPoint(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double? Score,
    [property: Id(2)] Severity? Severity,
    [property: Id(3)] bool WarmingUp,
    [property: Id(4)] int PhoneEvents,
    [property: Id(5)] double MovementM,
    [property: Id(6)] int TasksCompleted,
    [property: Id(7)] int CheckpointsScanned);
