namespace Monitoring.Domain.Baselines;

/// <summary>
/// A guard's normal activity per site-local <see cref="HourOfWeek"/>: per slot, how many windows it
/// learned from and each signal's running mean and spread (Welford). Only slots with data take
/// space: 44 bytes each (a count, and a float mean and M2 per signal) in dense arrays, plus a
/// 168-byte index; a full week is about 7.6 KB, a guard working 40 hours a week about 2 KB. Floats
/// keep 7 significant digits, plenty for window counts; the arithmetic itself is done in doubles.
/// </summary>
public sealed class GuardBaseline
{
    private const int Signals = SignalValues.Count;

    // One past each hour's position in the dense arrays; 0 while the hour has no data.
    private readonly byte[] _index = new byte[HourOfWeek.Count];
    private int[] _counts = [];
    private float[] _means = [];
    private float[] _m2s = [];

    /// <summary>How many hours of the week hold data.</summary>
    public int SlotCount => _counts.Length;

    /// <summary>The slot of an hour; empty (count 0) when nothing was learned there.</summary>
    public BaselineSlot Slot(int hourOfWeek)
    {
        var position = PositionOf(hourOfWeek);
        if (position < 0)
        {
            return new BaselineSlot(hourOfWeek, 0, default, default);
        }

        var offset = position * Signals;
        return new BaselineSlot(
            hourOfWeek,
            _counts[position],
            SignalValues.Of(s => _means[offset + (int)s]),
            SignalValues.Of(s => _m2s[offset + (int)s]));
    }

    /// <summary>Learns one window's counts into the hour's slot.</summary>
    public void Record(int hourOfWeek, SignalValues observed)
    {
        if (!observed.IsFinite())
        {
            throw new ArgumentOutOfRangeException(nameof(observed), observed, "Window counts must be finite.");
        }

        var position = PositionOf(hourOfWeek);
        if (position < 0)
        {
            position = Append(hourOfWeek);
        }

        var count = _counts[position];
        foreach (var signal in SignalValues.Signals)
        {
            var i = (position * Signals) + (int)signal;
            var stats = new RunningStats(count, _means[i], _m2s[i]).Add(observed[signal]);
            (_means[i], _m2s[i]) = ((float)stats.Mean, (float)stats.M2);
        }

        _counts[position] = count + 1;
    }

    /// <summary>Judges a window against the hour's slot without learning it (see <see cref="BaselineScorer"/>).</summary>
    public BaselineCheck Check(
        int hourOfWeek, SignalValues observed, BaselineThreshold threshold, BaselineSettings settings) =>
        BaselineScorer.Score(Slot(hourOfWeek), observed, threshold, settings);

    /// <summary>The slots that hold data, in hour order, for snapshots.</summary>
    public IEnumerable<BaselineSlot> Slots()
    {
        for (var hour = 0; hour < HourOfWeek.Count; hour++)
        {
            if (_index[hour] != 0)
            {
                yield return Slot(hour);
            }
        }
    }

    /// <summary>Rebuilds a baseline from snapshot slots; empty slots and unknown hours are skipped.</summary>
    public static GuardBaseline Restore(IEnumerable<BaselineSlot> slots)
    {
        var baseline = new GuardBaseline();
        foreach (var slot in slots)
        {
            if (!HourOfWeek.IsValid(slot.HourOfWeek) || slot.Count <= 0)
            {
                continue;
            }

            var position = baseline.PositionOf(slot.HourOfWeek);
            if (position < 0)
            {
                position = baseline.Append(slot.HourOfWeek);
            }

            baseline._counts[position] = slot.Count;
            foreach (var signal in SignalValues.Signals)
            {
                var i = (position * Signals) + (int)signal;
                (baseline._means[i], baseline._m2s[i]) = ((float)slot.Means[signal], (float)slot.M2s[signal]);
            }
        }

        return baseline;
    }

    private int PositionOf(int hourOfWeek)
    {
        if (!HourOfWeek.IsValid(hourOfWeek))
        {
            throw new ArgumentOutOfRangeException(nameof(hourOfWeek), hourOfWeek, "An hour of the week is 0 to 167.");
        }

        return _index[hourOfWeek] - 1;
    }

    // Grows by exactly one slot: it happens at most 168 times in a guard's life, and spare capacity would cost memory for good.
    private int Append(int hourOfWeek)
    {
        var position = _counts.Length;
        Array.Resize(ref _counts, position + 1);
        Array.Resize(ref _means, (position + 1) * Signals);
        Array.Resize(ref _m2s, (position + 1) * Signals);
        _index[hourOfWeek] = (byte)(position + 1);
        return position;
    }
}
