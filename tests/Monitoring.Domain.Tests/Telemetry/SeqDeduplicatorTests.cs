using Monitoring.Domain.Telemetry;

namespace Monitoring.Domain.Tests.Telemetry;

public sealed class SeqDeduplicatorTests
{
    [Fact]
    public void TryAccept_DuplicatesWithinOneBatch_CountOnce()
    {
        var dedup = new SeqDeduplicator();

        var accepted = AcceptAll(dedup, [1, 2, 2, 3, 1, 3, 3]);

        Assert.Equal(3, accepted);
        Assert.Equal(3, dedup.MaxSeq);
    }

    [Fact]
    public void TryAccept_BatchRetriedOrOverlapping_CountsOnlyNewSeqs()
    {
        var dedup = new SeqDeduplicator();
        Assert.Equal(10, AcceptAll(dedup, Range(1, 10)));

        Assert.Equal(0, AcceptAll(dedup, Range(1, 10)));
        Assert.Equal(5, AcceptAll(dedup, Range(5, 15)));
    }

    [Fact]
    public void TryAccept_OutOfOrderSeqs_AcceptedOnceEach()
    {
        var dedup = new SeqDeduplicator();

        Assert.True(dedup.TryAccept(10, isNewestTimestamp: true));
        Assert.True(dedup.TryAccept(7, isNewestTimestamp: false));
        Assert.True(dedup.TryAccept(9, isNewestTimestamp: false));
        Assert.True(dedup.TryAccept(8, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(7, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(10, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(9, isNewestTimestamp: true));
        Assert.Equal(10, dedup.MaxSeq);
    }

    [Fact]
    public void TryAccept_SeqZeroOnFreshDevice_Accepted()
    {
        var dedup = new SeqDeduplicator();

        Assert.True(dedup.TryAccept(0, isNewestTimestamp: true));
        Assert.False(dedup.TryAccept(0, isNewestTimestamp: false));
        Assert.Equal(0, dedup.MaxSeq);
    }

    [Fact]
    public void TryAccept_Seq1023BehindMax_IsStillTrackedExactly()
    {
        var dedup = new SeqDeduplicator();
        Assert.True(dedup.TryAccept(5000, isNewestTimestamp: true));

        Assert.True(dedup.TryAccept(5000 - 1023, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(5000 - 1023, isNewestTimestamp: false));
        Assert.True(dedup.TryAccept(5000 - 1022, isNewestTimestamp: false));
        Assert.Equal(5000, dedup.MaxSeq);
    }

    [Fact]
    public void TryAccept_EveryTrackedSeqRepeated_IsDuplicateAndUnseenOnesAreNew()
    {
        var dedup = new SeqDeduplicator();
        for (long s = 0; s <= 3000; s += 2)
        {
            Assert.True(dedup.TryAccept(s, isNewestTimestamp: true));
        }

        for (var s = 3000L - SeqDeduplicator.WindowSize + 1; s <= 3000; s++)
        {
            Assert.Equal(s % 2 == 1, dedup.TryAccept(s, isNewestTimestamp: false));
        }
    }

    [Fact]
    public void TryAccept_SeqFarBehindWithOldTimestamp_IsDuplicate()
    {
        var dedup = new SeqDeduplicator();
        AcceptAll(dedup, Range(4990, 5000));

        Assert.False(dedup.TryAccept(5000 - 1024, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(3000, isNewestTimestamp: false));
        Assert.Equal(5000, dedup.MaxSeq);
    }

    [Fact]
    public void TryAccept_SeqFarBehindWithNewestTimestamp_RestartsNumbering()
    {
        var dedup = new SeqDeduplicator();
        AcceptAll(dedup, Range(4990, 5000));

        Assert.True(dedup.TryAccept(1, isNewestTimestamp: true));

        Assert.Equal(1, dedup.MaxSeq);
        Assert.False(dedup.TryAccept(1, isNewestTimestamp: false));
        Assert.True(dedup.TryAccept(2, isNewestTimestamp: true));
        Assert.True(dedup.TryAccept(0, isNewestTimestamp: false));
    }

    [Fact]
    public void TryAccept_MaxAdvancesPastSlotOfAnOldSeq_ReusedSlotStartsClear()
    {
        var dedup = new SeqDeduplicator();
        AcceptAll(dedup, Range(0, 99));

        Assert.True(dedup.TryAccept(1100, isNewestTimestamp: true));

        // 77..99 are still inside the window; 0..76 fell out; 1050 shares slot 26 with seq 26.
        Assert.False(dedup.TryAccept(77, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(99, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(76, isNewestTimestamp: false));
        Assert.True(dedup.TryAccept(1050, isNewestTimestamp: false));
        Assert.True(dedup.TryAccept(100, isNewestTimestamp: false));
    }

    [Fact]
    public void TryAccept_JumpOfWholeWindow_ForgetsEverythingBelow()
    {
        var dedup = new SeqDeduplicator();
        AcceptAll(dedup, Range(0, 50));

        Assert.True(dedup.TryAccept(50 + SeqDeduplicator.WindowSize, isNewestTimestamp: true));

        Assert.True(dedup.TryAccept(51 + 10, isNewestTimestamp: false));
        Assert.False(dedup.TryAccept(50, isNewestTimestamp: false));
    }

    [Fact]
    public void Constructor_FromSnapshot_BehavesLikeTheOriginal()
    {
        var original = new SeqDeduplicator();
        var rng = new Random(11);
        for (var i = 0; i < 3000; i++)
        {
            original.TryAccept(rng.Next(0, 4000), isNewestTimestamp: false);
        }

        var restored = new SeqDeduplicator(original.MaxSeq, original.Bits);

        Assert.Equal(original.MaxSeq, restored.MaxSeq);
        Assert.Equal(original.Bits, restored.Bits);
        var max = original.MaxSeq;
        for (var s = max - 1100; s <= max + 5; s++)
        {
            Assert.Equal(original.TryAccept(s, isNewestTimestamp: false), restored.TryAccept(s, isNewestTimestamp: false));
        }
    }

    [Fact]
    public void Bits_MutatedByCaller_ChangesNothing()
    {
        var dedup = new SeqDeduplicator();
        dedup.TryAccept(5, isNewestTimestamp: true);

        var bits = dedup.Bits!;
        Array.Clear(bits);

        Assert.False(dedup.TryAccept(5, isNewestTimestamp: false));
    }

    [Fact]
    public void Constructor_MaxSeqWithoutBits_TreatsMaxSeqAsSeen()
    {
        var dedup = new SeqDeduplicator(42, null);

        Assert.False(dedup.TryAccept(42, isNewestTimestamp: false));
        Assert.True(dedup.TryAccept(41, isNewestTimestamp: false));
    }

    [Fact]
    public void Constructor_EmptySnapshot_IsAFreshDevice()
    {
        var fresh = new SeqDeduplicator();
        var dedup = new SeqDeduplicator(fresh.MaxSeq, fresh.Bits);

        Assert.Equal(-1, dedup.MaxSeq);
        Assert.Null(dedup.Bits);
        Assert.True(dedup.TryAccept(0, isNewestTimestamp: true));
    }

    private static int AcceptAll(SeqDeduplicator dedup, IEnumerable<long> seqs) =>
        seqs.Count(s => dedup.TryAccept(s, isNewestTimestamp: false));

    private static IEnumerable<long> Range(long first, long last)
    {
        for (var s = first; s <= last; s++)
        {
            yield return s;
        }
    }

    [Fact]
    public void CopyFrom_ScratchCopyAccepts_OriginalUnchangedAndCopyAgrees()
    {
        var original = new SeqDeduplicator();
        Assert.True(original.TryAccept(5, isNewestTimestamp: true));
        Assert.True(original.TryAccept(3, isNewestTimestamp: false));
        var scratch = new SeqDeduplicator();
        scratch.TryAccept(2000, isNewestTimestamp: true);

        scratch.CopyFrom(original);

        Assert.Equal(5, scratch.MaxSeq);
        Assert.False(scratch.TryAccept(3, isNewestTimestamp: false));
        Assert.True(scratch.TryAccept(4, isNewestTimestamp: false));
        Assert.True(scratch.TryAccept(9, isNewestTimestamp: true));
        Assert.Equal(5, original.MaxSeq);
        Assert.True(original.TryAccept(4, isNewestTimestamp: false));
    }
}
