namespace Monitoring.Domain.Rules;

/// <summary>
/// What one rule remembers between evaluations, as plain data for the grain to store. Levels index
/// <see cref="ConditionSpec.Levels"/>. <c>default</c> is a fresh rule: no samples, no alert, armed.
/// </summary>
/// <param name="LastSampleAt">The newest sample's time; older samples are ignored.</param>
/// <param name="RunSince">Since when the condition has held (or has not held) without a break.</param>
/// <param name="RunLevel">The newest sample's level; null when the condition does not hold.</param>
/// <param name="AlertLevel">The level of the alert this rule raised and has not cleared; null when none.</param>
/// <param name="SilencedLevel">
/// Set when an operator closed the alert while it was open: no new alert at or below this level
/// until the condition has been false for the hold time, so a closed alert does not come straight back.
/// </param>
public readonly record struct RuleState(
    DateTimeOffset? LastSampleAt,
    DateTimeOffset? RunSince,
    int? RunLevel,
    int? AlertLevel,
    int? SilencedLevel)
{
    public bool Holds => RunLevel is not null;
}
