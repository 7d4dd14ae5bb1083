namespace Monitoring.Domain.Activity;

/// <summary>What a guard did within one trailing window.</summary>
public sealed record WindowSummary(
    DateTimeOffset From,
    DateTimeOffset To,
    int PhoneEvents,
    int LocationUpdates,
    double MovementM,
    int TasksCompleted,
    int CheckpointsScanned);
