using System.Globalization;

namespace Monitoring.Domain.Baselines;

/// <summary>
/// Picks a guard's threshold: 4.0 while the false-positive rate over 30 days is above 0.3 (this
/// wins: a guard whose alerts are mostly wrong needs fewer of them, however mature the baseline),
/// else 2.5 when the hour's slot has over 100 samples, else 3.0. Both comparisons are strict.
/// </summary>
public static class DynamicThreshold
{
    public static BaselineThreshold For(int samples, double falsePositiveRate, BaselineSettings settings)
    {
        if (falsePositiveRate > settings.MaxFalsePositiveRate)
        {
            var why = string.Create(
                CultureInfo.InvariantCulture,
                $"false-positive rate {falsePositiveRate:0.00} over {FalsePositiveRate.Days} days");
            return new BaselineThreshold(settings.CautiousThreshold, ThresholdReason.HighFalsePositiveRate, why);
        }

        if (samples > settings.MatureAfterSamples)
        {
            var why = string.Create(CultureInfo.InvariantCulture, $"over {settings.MatureAfterSamples} samples");
            return new BaselineThreshold(settings.MatureThreshold, ThresholdReason.MatureBaseline, why);
        }

        return new BaselineThreshold(settings.DefaultThreshold, ThresholdReason.Default, "default");
    }
}
