using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>
/// Drives one rule the way a grain would, with a fake alert in place of the alert grain: a raise
/// opens it, a clear closes it, and the test acknowledges or resolves it as an operator would.
/// </summary>
internal sealed class RuleHarness(ConditionSpec spec)
{
    public ConditionSpec Spec { get; } = spec;

    public RuleState State { get; private set; }

    public OpenAlertState Open { get; private set; } = OpenAlertState.None;

    public List<(DateTimeOffset At, AlertDecision Decision, RuleLevel? Level)> Decisions { get; } = [];

    public RuleOutcome Last { get; private set; }

    public int Raises => Decisions.Count(d => d.Decision == AlertDecision.Raise);

    public int Clears => Decisions.Count(d => d.Decision == AlertDecision.Clear);

    public static RuleHarness For(RuleDefinition rule) => new(ConditionSpec.For(rule)!);

    /// <summary>A sample at <paramref name="at"/>, evaluated at the same instant.</summary>
    public RuleOutcome Sample(DateTimeOffset at, double? value) => SampleLevel(at, Spec.LevelOf(value), at);

    public RuleOutcome SampleLevel(DateTimeOffset at, int? level, DateTimeOffset now) =>
        Apply(state => RuleCondition.Observe(state, at, level), now);

    /// <summary>Lets a rule's own observer take the sample, then evaluates at <paramref name="now"/>.</summary>
    public RuleOutcome Apply(Func<RuleState, RuleState> observe, DateTimeOffset now)
    {
        State = observe(State);
        return Evaluate(now);
    }

    /// <summary>One sample a minute over [from, to] minutes, each evaluated when it arrives.</summary>
    public void Minutes(double from, double to, double? value)
    {
        for (var m = from; m <= to; m++)
        {
            Sample(RuleClock.Min(m), value);
        }
    }

    public RuleOutcome Evaluate(DateTimeOffset now)
    {
        var outcome = RuleCondition.Evaluate(State, Spec, now, Open);
        State = outcome.State;
        Last = outcome;
        if (outcome.Decision != AlertDecision.None)
        {
            Decisions.Add((now, outcome.Decision, outcome.Level));
        }

        Open = outcome.Decision switch
        {
            AlertDecision.Raise => OpenAlertState.Unowned,
            AlertDecision.Clear => OpenAlertState.None,
            _ => Open,
        };
        return outcome;
    }

    public void Acknowledge() => Open = OpenAlertState.Owned;

    public void OperatorResolves() => Open = OpenAlertState.None;

    public DateTimeOffset? FirstAt(AlertDecision decision) =>
        Decisions.Where(d => d.Decision == decision).Select(d => (DateTimeOffset?)d.At).FirstOrDefault();
}
