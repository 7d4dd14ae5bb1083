namespace Monitoring.Domain.Baselines;

/// <summary>
/// The baseline rule's numbers; the thresholds are the product's. <see cref="MinSamples"/> is two
/// worked hours of the slot (12 evaluations an hour), so one odd night cannot define normal. The
/// spread floors keep a signal that never varied (sd 0) from turning one event less into an anomaly.
/// </summary>
public sealed record BaselineSettings
{
    public static BaselineSettings Default { get; } = new();

    public int MinSamples { get; init; } = 24;
    public double DefaultThreshold { get; init; } = 3.0;
    public double MatureThreshold { get; init; } = 2.5;
    public int MatureAfterSamples { get; init; } = 100;
    public double CautiousThreshold { get; init; } = 4.0;
    public double MaxFalsePositiveRate { get; init; } = 0.3;
    public double MinStdDevCount { get; init; } = 1.0;
    public double MinStdDevMovementM { get; init; } = 10.0;
    public double MinStdDevFraction { get; init; } = 0.1;

    public double MinStdDevOf(BaselineSignal signal) =>
        signal == BaselineSignal.MovementM ? MinStdDevMovementM : MinStdDevCount;
}
