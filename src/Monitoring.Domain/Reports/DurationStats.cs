namespace Monitoring.Domain.Reports;

/// <summary>
/// A set of durations in seconds: how many, the mean (to 0.1 s), the nearest-rank median and 90th
/// percentile (the smallest value with at least that share of values at or below it) and the
/// longest. Null figures when there is no duration.
/// </summary>
public sealed record DurationStats(int Count, double? MeanS, double? P50S, double? P90S, double? MaxS)
{
    public static readonly DurationStats None = new(0, null, null, null, null);

    public static DurationStats Of(IEnumerable<TimeSpan> durations)
    {
        var seconds = durations.Select(d => d.TotalSeconds).Order().ToArray();
        if (seconds.Length == 0)
        {
            return None;
        }

        return new DurationStats(
            seconds.Length,
            Math.Round(seconds.Average(), 1, MidpointRounding.AwayFromZero),
            NearestRank(seconds, 0.5),
            NearestRank(seconds, 0.9),
            seconds[^1]);
    }

    /// <summary>The value at rank ceil(p * n) of the sorted values (1-based).</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
