using Monitoring.Domain.Inactivity;

namespace Monitoring.Domain.Rules;

/// <summary>
/// The result of evaluating one rule: the state to keep, what to do with the alert, the level the
/// alert is (or was, for a clear) at, and when to evaluate again if no sample arrives before then
/// (the pending raise, clear or end of a silence), for the grain's timer.
/// </summary>
public readonly record struct RuleOutcome(RuleState State, AlertDecision Decision, RuleLevel? Level, DateTimeOffset? DueAt);
