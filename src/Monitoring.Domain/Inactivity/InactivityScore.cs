using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Inactivity;

/// <summary>The result of scoring one window: which signals were absent and what that adds up to.</summary>
public sealed record InactivityScore(
    decimal Score,
    Severity Severity,
    bool IsInactive,
    bool IsDeepNight,
    bool PhoneAbsent,
    bool MovementAbsent,
    bool TasksAbsent,
    bool CheckpointsAbsent);
