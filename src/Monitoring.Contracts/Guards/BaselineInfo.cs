namespace Monitoring.Contracts.Guards;

/// <summary>The guard's learned normal for the current hour of the week, and the threshold in use and why.</summary>
[GenerateSerializer, Immutable, Alias("baseline-info")]
public sealed record BaselineInfo
{
    /// <summary>Site-local hour of the week, Monday 00:00 = 0 .. Sunday 23:00 = 167.</summary>
    [Id(0)] public int HourOfWeek { get; init; }

    /// <summary>Windows learned for this hour.</summary>
    [Id(1)] public int Samples { get; init; }

    /// <summary>True while there are too few samples for a verdict.</summary>
    [Id(2)] public bool Learning { get; init; }

    /// <summary>Mean count per window of each signal (phoneEvents, locationUpdates, movementM, tasksCompleted, checkpointsScanned).</summary>
    [Id(3)] public SignalFigures Means { get; init; }

    /// <summary>Standard deviation of each signal.</summary>
    [Id(4)] public SignalFigures StdDevs { get; init; }

    /// <summary>The z-score a drop must pass to raise baseline_anomaly.</summary>
    [Id(5)] public double Threshold { get; init; }

    /// <summary>Why this threshold: default, over 100 samples, or the guard's false-positive rate.</summary>
    [Id(6)] public string ThresholdReason { get; init; } = "";

    /// <summary>False positives among operator resolutions of this guard's alerts over 30 days.</summary>
    [Id(7)] public double FalsePositiveRate { get; init; }
}
