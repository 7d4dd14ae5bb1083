namespace Monitoring.Domain.Baselines;

/// <summary>What a window's check concluded.</summary>
public enum BaselineVerdict : byte
{
    /// <summary>The slot has fewer than the minimum samples: no judgement yet.</summary>
    Learning,

    Normal,

    /// <summary>A signal dropped at least the threshold's number of spreads below its mean.</summary>
    Anomaly,
}
