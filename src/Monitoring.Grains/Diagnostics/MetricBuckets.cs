namespace Monitoring.Grains.Diagnostics;

/// <summary>Histogram bucket bounds in seconds, shared by the grains' and the host's instruments.</summary>
public static class MetricBuckets
{
    /// <summary>One guard evaluation: from a tenth of a millisecond (the usual) to a second (a stalled silo).</summary>
    public static readonly IReadOnlyList<double> Evaluation =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

    /// <summary>A feed envelope from its change to the hub: from a millisecond to half a minute.</summary>
    public static readonly IReadOnlyList<double> FeedLag =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    /// <summary>One attendance event's fraud score in the guard: from a microsecond to 10 ms (a stalled silo).</summary>
    public static readonly IReadOnlyList<double> Scoring =
        [0.000001, 0.0000025, 0.000005, 0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.01];
}
