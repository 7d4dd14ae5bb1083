using System.Collections.Immutable;

namespace Monitoring.Contracts.Guards;

/// <summary>What a guard grain keeps of its recent evaluations: scores, signals and positions, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("guard-trail")]
public sealed record GuardTrail
{
    /// <summary>Site of the current or last shift.</summary>
    [Id(0)] public string? SiteId { get; init; }

    /// <summary>Whether the guard is on shift.</summary>
    [Id(1)] public bool OnShift { get; init; }

    /// <summary>Start of the current or last shift.</summary>
    [Id(2)] public DateTimeOffset? ShiftStartedAt { get; init; }

    /// <summary>Devices the guard uses.</summary>
    [Id(3)] public ImmutableArray<string> DeviceIds { get; init; } = [];

    /// <summary>Evaluations since the time asked for.</summary>
    [Id(4)] public ImmutableArray<GuardHistoryPoint> Points { get; init; } = [];

    /// <summary>Positions since the time asked for.</summary>
    [Id(5)] public ImmutableArray<GuardFix> Fixes { get; init; } = [];
}
