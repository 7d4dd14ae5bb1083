namespace Monitoring.Simulator.Failover;

/// <summary>
/// What a failover run came to, from its recorded attempts alone (times in ms from the run's start).
/// A batch's ack latency runs from its first attempt to the end of its 202, retries included.
/// </summary>
internal sealed record FailoverFigures(
    int Batches,
    int Acked,
    IReadOnlyList<(string Kind, int Count)> Failures,
    double? KillToFirstAck,
    double? KillToFirstFailure,
    double? KillToAckAfterFirstFailure,
    double? KillToFirstRetryAck,
    double? KillToLastFailure,
    double? WorstAckInWindow,
    int NotAckedInWindow,
    double BeforeP50,
    double BeforeP99,
    double BeforeMax,
    long Accepted,
    long Duplicates,
    long Rejected)
{
    public bool AllAcked => Acked == Batches;

    public static FailoverFigures From(IReadOnlyList<Attempt> attempts, double measureFromMs, double? killMs, double beforeMs, double afterMs)
    {
        var batches = attempts.GroupBy(a => a.Batch).Select(g => new BatchTiming(
            g.Min(a => a.StartMs),
            g.Where(a => a.Ok).Select(a => (double?)a.EndMs).Min(),
            g.Any(a => !a.Ok))).ToList();
        var failures = attempts.Where(a => !a.Ok).GroupBy(a => a.Failure!)
            .Select(g => (g.Key, g.Count())).OrderByDescending(f => f.Item2).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var acks = attempts.Where(a => a.Ok).ToList();

        var cut = killMs ?? double.MaxValue;
        var before = batches.Where(b => b.First >= measureFromMs && b.Ack < cut).Select(b => b.Ack!.Value - b.First).Order().ToList();
        double? killToFirstAck = null, killToFirstFailure = null, afterFirstFailure = null, retryAck = null, lastFailure = null, worst = null;
        var notAcked = 0;
        if (killMs is { } kill)
        {
            killToFirstAck = FirstEnd(acks, kill) - kill;
            var failedAfter = attempts.Where(a => !a.Ok && a.EndMs >= kill).ToList();
            if (failedAfter.Count > 0)
            {
                var firstFailure = failedAfter.Min(a => a.EndMs);
                killToFirstFailure = firstFailure - kill;
                afterFirstFailure = FirstEnd(acks, firstFailure) - kill;
                lastFailure = failedAfter.Max(a => a.EndMs) - kill;
                var retried = batches.Where(b => b.Failed && b.Ack >= kill).Select(b => b.Ack).Min();
                retryAck = retried - kill;
            }

            var window = batches.Where(b => b.First >= kill - beforeMs && b.First <= kill + afterMs).ToList();
            notAcked = window.Count(b => b.Ack is null);
            worst = window.Where(b => b.Ack is not null).Select(b => (double?)(b.Ack!.Value - b.First)).Max();
        }

        return new FailoverFigures(
            batches.Count, batches.Count(b => b.Ack is not null), failures,
            killToFirstAck, killToFirstFailure, afterFirstFailure, retryAck, lastFailure, worst, notAcked,
            Percentile(before, 50), Percentile(before, 99), Percentile(before, 100),
            acks.Sum(a => (long)a.Accepted), acks.Sum(a => (long)a.Duplicates), acks.Sum(a => (long)a.Rejected));
    }

    /// <summary>Nearest rank over sorted values; NaN when there are none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percentile) =>
        sorted.Count == 0 ? double.NaN
        : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double? FirstEnd(List<Attempt> acks, double after) =>
        acks.Where(a => a.EndMs > after).Select(a => (double?)a.EndMs).Min();

    private sealed record BatchTiming(double First, double? Ack, bool Failed);
}
