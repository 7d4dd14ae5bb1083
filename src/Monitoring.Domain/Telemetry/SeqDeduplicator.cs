namespace Monitoring.Domain.Telemetry;

/// <summary>
/// Remembers which sequence numbers of one device were already counted. It keeps the highest
/// sequence seen and a bitmap of the <see cref="WindowSize"/> sequences below it, so memory stays
/// constant however long the device lives. A sequence older than the bitmap is a replay, unless its
/// timestamp is newer than anything seen: then the device restarted its numbering.
/// </summary>
public sealed class SeqDeduplicator
{
    public const int WindowSize = 1024;
    private const int Words = WindowSize / 64;

    private ulong[]? _bits;

    public SeqDeduplicator()
    {
    }

    public SeqDeduplicator(long maxSeq, ulong[]? bits)
    {
        MaxSeq = maxSeq;
        _bits = bits is { Length: Words } ? (ulong[])bits.Clone() : null;
        if (maxSeq >= 0 && _bits is null)
        {
            _bits = new ulong[Words];
            Mark(maxSeq);
        }
    }

    /// <summary>The highest sequence number counted so far, or -1.</summary>
    public long MaxSeq { get; private set; } = -1;

    /// <summary>A copy of the bitmap, for snapshots.</summary>
    public ulong[]? Bits => (ulong[]?)_bits?.Clone();

    /// <summary>
    /// Makes this instance an exact copy of <paramref name="other"/>, reusing its own bitmap: a
    /// scratch copy answers "which of these would be new" without touching the original.
    /// </summary>
    public void CopyFrom(SeqDeduplicator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        MaxSeq = other.MaxSeq;
        if (other._bits is null)
        {
            _bits = null;
            return;
        }

        _bits ??= new ulong[Words];
        other._bits.CopyTo(_bits, 0);
    }

    /// <summary>Counts <paramref name="seq"/> if it is new; returns false for a repeat.</summary>
    /// <param name="seq">The device's sequence number.</param>
    /// <param name="isNewestTimestamp">True when the event is newer than every event seen before.</param>
    public bool TryAccept(long seq, bool isNewestTimestamp)
    {
        _bits ??= new ulong[Words];
        if (seq > MaxSeq)
        {
            Advance(seq);
            return true;
        }

        if (seq <= MaxSeq - WindowSize)
        {
            if (!isNewestTimestamp)
            {
                return false;
            }

            Array.Clear(_bits);
            MaxSeq = seq;
            Mark(seq);
            return true;
        }

        if (IsMarked(seq))
        {
            return false;
        }

        Mark(seq);
        return true;
    }

    private void Advance(long seq)
    {
        var shift = MaxSeq < 0 ? WindowSize : seq - MaxSeq;
        if (shift >= WindowSize)
        {
            Array.Clear(_bits!);
        }
        else
        {
            for (var s = MaxSeq + 1; s <= seq; s++)
            {
                Unmark(s);
            }
        }

        MaxSeq = seq;
        Mark(seq);
    }

    private static (int Word, ulong Mask) Slot(long seq)
    {
        var bit = (int)(seq % WindowSize);
        return (bit >> 6, 1UL << (bit & 63));
    }

    private bool IsMarked(long seq)
    {
        var (word, mask) = Slot(seq);
        return (_bits![word] & mask) != 0;
    }

    private void Mark(long seq)
    {
        var (word, mask) = Slot(seq);
        _bits![word] |= mask;
    }

    private void Unmark(long seq)
    {
        var (word, mask) = Slot(seq);
        _bits![word] &= ~mask;
    }
}
