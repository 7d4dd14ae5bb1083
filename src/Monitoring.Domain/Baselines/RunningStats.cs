namespace Monitoring.Domain.Baselines;

/// <summary>
/// Count, mean and M2 (the sum of squared deviations from the mean) of a series, updated one value
/// at a time by Welford's method. No sum of squares is kept, so values far from zero keep their
/// precision. Plain data: the three numbers are the whole state.
/// </summary>
public readonly record struct RunningStats(int Count, double Mean, double M2)
{
    /// <summary>The sample variance (divided by n - 1); 0 below two values.</summary>
    public double Variance => Count < 2 ? 0.0 : Math.Max(0.0, M2) / (Count - 1);

    public double StdDev => Math.Sqrt(Variance);

    public RunningStats Add(double x)
    {
        var count = Count + 1;
        var delta = x - Mean;
        var mean = Mean + (delta / count);
        return new RunningStats(count, mean, M2 + (delta * (x - mean)));
    }
}
