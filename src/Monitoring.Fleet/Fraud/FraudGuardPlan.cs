namespace Monitoring.Fleet.Fraud;

/// <summary>
/// One guard of a fraud night: guard <c>{prefix}-g-{i}</c> with phone <c>{prefix}-d-{i}</c> at a site, the shift, and
/// the behaviour with the window of its act (the whole clock-in for the clock-in kinds).
/// </summary>
internal sealed record FraudGuardPlan(
    int Index,
    string GuardId,
    string DeviceId,
    int SiteIndex,
    string SiteId,
    DateTimeOffset ShiftStart,
    DateTimeOffset ShiftEnd,
    FraudBehaviour Behaviour,
    DateTimeOffset ActStart,
    DateTimeOffset ActEnd)
{
    /// <summary>The other phone of a shared identity or of a biometric passed elsewhere.</summary>
    public string OtherDeviceId => $"{DeviceId}-x";

    public bool Acting(DateTimeOffset at) => Behaviour != FraudBehaviour.Honest && at >= ActStart && at < ActEnd;
}
