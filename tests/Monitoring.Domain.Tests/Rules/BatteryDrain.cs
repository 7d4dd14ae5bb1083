using Monitoring.Domain.Rules;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>Synthetic battery readings, one a minute: a straight drain, optionally noisy and rounded like a phone's.</summary>
internal static class BatteryDrain
{
    public static List<BatteryReading> Linear(double startPct, double pctPerHour, int fromMin, int toMin) =>
        [.. Enumerable.Range(fromMin, toMin - fromMin + 1).Select(m => Reading(m, startPct - (pctPerHour * m / 60.0)))];

    /// <summary>The straight drain plus gaussian noise of <paramref name="noiseSd"/> points, rounded to whole percents.</summary>
    public static List<BatteryReading> Noisy(int seed, double startPct, double pctPerHour, double noiseSd, int fromMin, int toMin)
    {
        var rng = new Random(seed);
        return
        [
            .. Linear(startPct, pctPerHour, fromMin, toMin)
                .Select(r => r with { Percent = Math.Round(r.Percent + (noiseSd * Gaussian(rng))) }),
        ];
    }

    /// <summary>When the straight drain reaches 0 %.</summary>
    public static DateTimeOffset TrueEmptyAt(double startPct, double pctPerHour) => RuleClock.T0.AddHours(startPct / pctPerHour);

    public static BatteryReading Reading(double minute, double percent, bool charging = false) =>
        new(RuleClock.Min(minute), percent, charging);

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2.0 * Math.PI * rng.NextDouble());
}
