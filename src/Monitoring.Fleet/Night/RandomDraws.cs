namespace Monitoring.Fleet.Night;

/// <summary>The few shapes of random draw the night uses, on top of a seeded <see cref="Random"/>.</summary>
internal static class RandomDraws
{
    public static double Between(this Random random, double low, double high) => low + (random.NextDouble() * (high - low));

    /// <summary>A duration between <paramref name="low"/> and <paramref name="high"/> seconds, in whole milliseconds.</summary>
    public static TimeSpan Seconds(this Random random, double low, double high) =>
        TimeSpan.FromMilliseconds(Math.Round(random.Between(low, high) * 1000));

    public static TimeSpan Minutes(this Random random, double low, double high) => random.Seconds(low * 60, high * 60);

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Gaussian(this Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
