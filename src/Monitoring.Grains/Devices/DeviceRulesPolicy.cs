namespace Monitoring.Grains.Devices;

/// <summary>
/// Whether device grains run the device-health rules (battery, signal, memory, offline). Off by
/// default while the rest of the rule set (guard-level rules, the dashboard) is being finished:
/// <c>Monitoring__Rules__DeviceHealth=true</c> switches it on.
/// </summary>
public sealed record DeviceRulesPolicy(bool Enabled)
{
    public static DeviceRulesPolicy Off { get; } = new(false);
}
