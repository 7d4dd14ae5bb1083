namespace Monitoring.Domain.Baselines;

/// <summary>The window counts a guard's baseline learns, one running mean and spread each. The value is the index.</summary>
public enum BaselineSignal : byte
{
    PhoneEvents,
    LocationUpdates,
    MovementM,
    TasksCompleted,
    CheckpointsScanned,
}
