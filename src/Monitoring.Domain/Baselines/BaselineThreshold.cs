namespace Monitoring.Domain.Baselines;

/// <summary>
/// The z-score a drop must reach to be an anomaly, with the reason and its text for the guard state
/// ("default", "over 100 samples", "false-positive rate 0.35 over 30 days").
/// </summary>
public sealed record BaselineThreshold(double Value, ThresholdReason Reason, string Why);
