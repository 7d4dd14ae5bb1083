namespace Monitoring.Fleet.Night;

/// <summary>
/// One guard's night, fixed before any event is made: guard <c>g-{i}</c> with phone <c>d-{i}</c>
/// at a site, the shift start, the planned end sent in shift_start (<see cref="ShiftEndsAt"/>),
/// when shift_end is actually sent (<see cref="ShiftEndAt"/>), and the scripted behaviour, if any.
/// </summary>
internal sealed record GuardPlan(
    int Index,
    string GuardId,
    string DeviceId,
    int SiteIndex,
    string SiteId,
    DateTimeOffset ShiftStart,
    DateTimeOffset ShiftEndsAt,
    DateTimeOffset ShiftEndAt,
    FaultTruth? Behaviour)
{
    /// <summary>The second phone of a shared identity.</summary>
    public string SecondDeviceId => $"{DeviceId}-x";

    /// <summary>Whether the behaviour is <paramref name="kind"/> and <paramref name="at"/> lies in [StartsAt, EndsAt).</summary>
    public bool During(FaultKind kind, DateTimeOffset at) =>
        Behaviour is { } b && b.Kind == kind && at >= b.StartsAt && at < b.EndsAt;
}
