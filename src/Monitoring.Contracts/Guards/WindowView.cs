namespace Monitoring.Contracts.Guards;

/// <summary>A guard's activity within the trailing window.</summary>
[GenerateSerializer, Immutable, Alias("window-view")]
public sealed record WindowView(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] int PhoneEvents,
    [property: Id(3)] int LocationUpdates,
    [property: Id(4)] double MovementM,
    [property: Id(5)] int TasksCompleted,
    [property: Id(6)] int CheckpointsScanned);
