namespace Monitoring.Grains.Rules;

/// <summary>A grain whose health-rule state <see cref="RuleAlerts"/> stores before it raises an alert.</summary>
internal interface IRuleStateOwner
{
    /// <summary>Writes the grain's state (as the grain's storage policy allows).</summary>
    Task SaveRuleStateAsync();
}
