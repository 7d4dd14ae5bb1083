namespace Monitoring.Grains.Guards;

/// <summary>A declared break that ended, as stored: the evaluation window reaches back past it.</summary>
[GenerateSerializer, Immutable, Alias("break-record")]
public readonly record struct BreakRecord(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End);
