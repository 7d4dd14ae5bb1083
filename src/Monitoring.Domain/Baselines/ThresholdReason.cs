namespace Monitoring.Domain.Baselines;

/// <summary>Why a guard's baseline threshold has its value; the first that applies wins, in this order.</summary>
public enum ThresholdReason : byte
{
    /// <summary>Operators resolved too many of the guard's alerts as false positives: be stricter.</summary>
    HighFalsePositiveRate,

    /// <summary>The slot has learned from enough windows to trust a tighter threshold.</summary>
    MatureBaseline,

    Default,
}
