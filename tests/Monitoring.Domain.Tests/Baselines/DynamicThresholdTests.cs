using Monitoring.Domain.Baselines;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class DynamicThresholdTests
{
    private static readonly BaselineSettings Settings = BaselineSettings.Default;

    [Theory]
    [InlineData(0, 0.0, 3.0, ThresholdReason.Default, "default")]
    [InlineData(100, 0.0, 3.0, ThresholdReason.Default, "default")]
    [InlineData(101, 0.0, 2.5, ThresholdReason.MatureBaseline, "over 100 samples")]
    [InlineData(101, 0.3, 2.5, ThresholdReason.MatureBaseline, "over 100 samples")]
    [InlineData(50, 0.35, 4.0, ThresholdReason.HighFalsePositiveRate, "false-positive rate 0.35 over 30 days")]
    [InlineData(500, 1.0, 4.0, ThresholdReason.HighFalsePositiveRate, "false-positive rate 1.00 over 30 days")]
    public void For_SamplesAndFalsePositiveRate_PicksValueAndSaysWhy(
        int samples, double rate, double value, ThresholdReason reason, string why)
    {
        var threshold = DynamicThreshold.For(samples, rate, Settings);

        Assert.Equal(new BaselineThreshold(value, reason, why), threshold);
    }
}
