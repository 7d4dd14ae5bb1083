namespace Monitoring.Domain.Baselines;

/// <summary>
/// What the guard state shows of the baseline: the current hour's slot (samples, mean and sample
/// standard deviation per signal, and the floored spread z-scores are measured in), whether it is
/// still learning, the threshold in use and why, and the false-positive rate behind it.
/// </summary>
public sealed record BaselineView(
    int HourOfWeek,
    int Samples,
    bool IsLearning,
    SignalValues Means,
    SignalValues StdDevs,
    SignalValues Spreads,
    BaselineThreshold Threshold,
    double FalsePositiveRate,
    int Resolutions);
