namespace Monitoring.Fleet.Night;

/// <summary>
/// One scripted behaviour as ground truth: who, which phone, where, and from when to when (sim time).
/// <see cref="Expected"/> lists the alert types that detect it (empty for valid behaviour).
/// </summary>
internal sealed record FaultTruth(
    string FaultId,
    FaultKind Kind,
    string GuardId,
    string DeviceId,
    string SiteId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt)
{
    public IReadOnlyList<string> Expected => FaultAlerts.Of(Kind);

    public bool IsValidBehaviour => Expected.Count == 0;
}
