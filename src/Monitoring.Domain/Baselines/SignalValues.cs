using System.Collections.Immutable;
using Monitoring.Domain.Activity;

namespace Monitoring.Domain.Baselines;

/// <summary>One number per <see cref="BaselineSignal"/>: a window's counts, or a slot's means, spreads or z-scores.</summary>
public readonly record struct SignalValues(
    double PhoneEvents,
    double LocationUpdates,
    double MovementM,
    double TasksCompleted,
    double CheckpointsScanned)
{
    public const int Count = 5;

    public static ImmutableArray<BaselineSignal> Signals { get; } = [.. Enum.GetValues<BaselineSignal>()];

    public double this[BaselineSignal signal] => signal switch
    {
        BaselineSignal.PhoneEvents => PhoneEvents,
        BaselineSignal.LocationUpdates => LocationUpdates,
        BaselineSignal.MovementM => MovementM,
        BaselineSignal.TasksCompleted => TasksCompleted,
        BaselineSignal.CheckpointsScanned => CheckpointsScanned,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
    };

    public static SignalValues From(WindowSummary window) => new(
        window.PhoneEvents, window.LocationUpdates, window.MovementM, window.TasksCompleted, window.CheckpointsScanned);

    public static SignalValues Of(Func<BaselineSignal, double> valueOf) => new(
        valueOf(BaselineSignal.PhoneEvents),
        valueOf(BaselineSignal.LocationUpdates),
        valueOf(BaselineSignal.MovementM),
        valueOf(BaselineSignal.TasksCompleted),
        valueOf(BaselineSignal.CheckpointsScanned));

    public bool IsFinite() =>
        double.IsFinite(PhoneEvents) && double.IsFinite(LocationUpdates) && double.IsFinite(MovementM)
        && double.IsFinite(TasksCompleted) && double.IsFinite(CheckpointsScanned);
}
