using System.Collections.Immutable;
using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Guards;

/// <summary>
/// A guard as the API shows it. The window and score are live (trailing window up to now);
/// <see cref="LastEvaluation"/> is what the last evaluation decided.
/// </summary>
[GenerateSerializer, Immutable, Alias("guard-state")]
public sealed record GuardState
{
    /// <summary>Guard id (without tenant).</summary>
    [Id(0)] public required string GuardId { get; init; }

    /// <summary>Site of the current or last shift.</summary>
    [Id(1)] public string? SiteId { get; init; }

    /// <summary>Whether the guard is on shift.</summary>
    [Id(2)] public bool OnShift { get; init; }

    /// <summary>Start of the current or last shift.</summary>
    [Id(3)] public DateTimeOffset? ShiftStartedAt { get; init; }

    /// <summary>Devices the guard uses.</summary>
    [Id(4)] public ImmutableArray<string> DeviceIds { get; init; } = [];

    /// <summary>Latest event from any of the guard's devices.</summary>
    [Id(5)] public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary>Whether a declared break is running (at most the break limit).</summary>
    [Id(6)] public bool OnBreak { get; init; }

    /// <summary>Activity in the trailing window ending now.</summary>
    [Id(7)] public required WindowView Window { get; init; }

    /// <summary>Inactivity score of that window, 0..1; null while the guard is warming up (<see cref="WarmingUp"/>).</summary>
    [Id(8)] public double? InactivityScore { get; init; }

    /// <summary>Severity of that score; null while the guard is warming up.</summary>
    [Id(9)] public Severity? Severity { get; init; }

    /// <summary>Whether the score reaches the threshold (never while warming up).</summary>
    [Id(10)] public bool IsInactive { get; init; }

    /// <summary>Whether it is deep night (01:00-05:00) at the site.</summary>
    [Id(11)] public bool IsDeepNight { get; init; }

    /// <summary>Consecutive evaluations that found the guard inactive.</summary>
    [Id(12)] public int ConsecutiveInactiveWindows { get; init; }

    /// <summary>When the guard was last evaluated.</summary>
    [Id(13)] public DateTimeOffset? LastEvaluatedAt { get; init; }

    /// <summary>The guard's open alerts.</summary>
    [Id(14)] public ImmutableArray<AlertSummary> ActiveAlerts { get; init; } = [];

    /// <summary>Whether it is night-shift time (20:00-06:00) at the site.</summary>
    [Id(15)] public bool IsNightShift { get; init; }

    /// <summary>The threshold in force for this guard.</summary>
    [Id(16)] public double Threshold { get; init; }

    /// <summary>When the next scheduled evaluation falls due.</summary>
    [Id(17)] public DateTimeOffset? NextEvaluationAt { get; init; }

    /// <summary>Start of the running break.</summary>
    [Id(18)] public DateTimeOffset? BreakStartedAt { get; init; }

    /// <summary>End of the last shift, when off shift.</summary>
    [Id(19)] public DateTimeOffset? ShiftEndedAt { get; init; }

    /// <summary>What the last evaluation decided.</summary>
    [Id(20)] public LastEvaluation? LastEvaluation { get; init; }

    /// <summary>Scores of the latest evaluations, oldest first (at most 48: four hours).</summary>
    [Id(21)] public ImmutableArray<ScorePoint> RecentScores { get; init; } = [];

    /// <summary>The guard's baseline for the current hour and the dynamic threshold in use.</summary>
    [Id(22)] public BaselineInfo? Baseline { get; init; }

    /// <summary>
    /// On shift while the evaluation window does not lie inside the shift yet: minutes of duty in the
    /// window so far, of its length; null otherwise. Scores of warm-up evaluations are left out of
    /// <see cref="RecentScores"/>.
    /// </summary>
    [Id(23)] public WarmingUp? WarmingUp { get; init; }
}
