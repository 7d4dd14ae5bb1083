using Monitoring.Grains.Alerts;
using Monitoring.Grains.Guards;

namespace Monitoring.Grains.Fraud;

/// <summary>The guard's fraud_risk alert slot, kept in its rule state (<see cref="GuardRules.FraudAlertId"/>).</summary>
internal readonly struct FraudAlertSlot(GuardRules rules) : IOwnedAlertSlot
{
    public string? AlertId
    {
        get => rules.FraudAlertId;
        set => rules.FraudAlertId = value;
    }
}
