using Monitoring.Simulator.Failover;

namespace Monitoring.Simulator.Tests.Failover;

/// <summary>The failover report's arithmetic over recorded attempts (times in ms from the run's start).</summary>
public sealed class FailoverFiguresTests
{
    private const double Kill = 10_000;

    // Batch 0 in the warm-up; 1-4 before the kill; 5 fails twice across the kill and is acked by its
    // third attempt; 6 starts after the kill and is acked at once; 7 never gets a 202.
    private static readonly Attempt[] Recorded =
    [
        new(0, 100, 150, null, Accepted: 10),
        new(1, 5_000, 5_010, null, Accepted: 10),
        new(2, 6_000, 6_020, null, Accepted: 10),
        new(3, 7_000, 7_030, null, Accepted: 9, Duplicates: 1),
        new(4, 8_000, 8_040, null, Accepted: 10),
        new(5, 9_990, 10_500, "HTTP 503"),
        new(5, 10_750, 20_750, "no answer in 10 s"),
        new(5, 21_000, 21_200, null, Duplicates: 10),
        new(6, 10_100, 10_300, null, Accepted: 8, Rejected: 2),
        new(7, 12_000, 12_100, "HTTP 503"),
    ];

    [Fact]
    public void From_KillWithRetries_GapsMeasuredFromTheKill()
    {
        var f = FailoverFigures.From(Recorded, measureFromMs: 1_000, Kill, beforeMs: 5_000, afterMs: 60_000);

        Assert.Equal(300, f.KillToFirstAck);
        Assert.Equal(500, f.KillToFirstFailure);
        Assert.Equal(11_200, f.KillToAckAfterFirstFailure);
        Assert.Equal(11_200, f.KillToFirstRetryAck);
        Assert.Equal(10_750, f.KillToLastFailure);
    }

    [Fact]
    public void From_KillWithRetries_WorstAckIncludesRetriesAndUnackedBatchesCounted()
    {
        var f = FailoverFigures.From(Recorded, 1_000, Kill, 5_000, 60_000);

        Assert.Equal(21_200 - 9_990, f.WorstAckInWindow);
        Assert.Equal(1, f.NotAckedInWindow);
        Assert.Equal(8, f.Batches);
        Assert.Equal(7, f.Acked);
        Assert.False(f.AllAcked);
        Assert.Equal(new[] { ("HTTP 503", 2), ("no answer in 10 s", 1) }, f.Failures);
        Assert.Equal((57L, 11L, 2L), (f.Accepted, f.Duplicates, f.Rejected));
    }

    [Fact]
    public void From_KillWithRetries_PercentilesOnlyOverMeasuredBatchesAckedBeforeTheKill()
    {
        var f = FailoverFigures.From(Recorded, 1_000, Kill, 5_000, 60_000);

        Assert.Equal(20, f.BeforeP50);
        Assert.Equal(40, f.BeforeP99);
        Assert.Equal(40, f.BeforeMax);
    }

    [Fact]
    public void From_NoKill_NoGapFiguresAndPercentilesOverTheWholeSpan()
    {
        Attempt[] clean = [new(0, 0, 5, null, Accepted: 1), new(1, 2_000, 2_100, null, Accepted: 1), new(2, 3_000, 3_300, null, Accepted: 1)];

        var f = FailoverFigures.From(clean, 1_000, killMs: null, 5_000, 60_000);

        Assert.Null(f.KillToFirstAck);
        Assert.Null(f.WorstAckInWindow);
        Assert.True(f.AllAcked);
        Assert.Empty(f.Failures);
        Assert.Equal(100, f.BeforeP50);
        Assert.Equal(300, f.BeforeMax);
    }
}
