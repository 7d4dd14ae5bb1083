namespace Monitoring.Domain.Tests.Rules;

/// <summary>The fake clock of the rule tests: explicit instants counted from a fixed start.</summary>
internal static class RuleClock
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 15, 20, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Min(double minutes) => T0.AddMinutes(minutes);
}
