namespace Monitoring.Domain.Rules;

/// <summary>Applies a <see cref="Comparison"/>.</summary>
public static class Comparisons
{
    /// <summary>True when <paramref name="value"/> meets the condition against <paramref name="threshold"/>.</summary>
    public static bool Holds(this Comparison comparison, double value, double threshold) => comparison switch
    {
        Comparison.Less => value < threshold,
        Comparison.LessOrEqual => value <= threshold,
        Comparison.Greater => value > threshold,
        Comparison.GreaterOrEqual => value >= threshold,
        _ => false,
    };

    /// <summary>True when <paramref name="candidate"/> lies strictly further into the condition than <paramref name="threshold"/>.</summary>
    public static bool IsStricter(this Comparison comparison, double candidate, double threshold) => comparison switch
    {
        Comparison.Less or Comparison.LessOrEqual => candidate < threshold,
        _ => candidate > threshold,
    };
}
