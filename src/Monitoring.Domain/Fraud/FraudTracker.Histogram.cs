namespace Monitoring.Domain.Fraud;

/// <summary>
/// The hour and weekday histograms: 31 four-bit counters in two words (hours 0-23, then weekdays).
/// A counter about to pass 15 halves its whole histogram first, so old habits fade and shares hold.
/// </summary>
public partial struct FraudTracker
{
    private readonly double Anomaly(int first, int count, int index)
    {
        int total = 0, max = 0;
        for (var i = first; i < first + count; i++)
        {
            var n = Nibble(i);
            total += n;
            max = Math.Max(max, n);
        }

        return total < FraudThresholds.MinHistory ? 0 : 1 - (Nibble(index) / (double)max);
    }

    private void Count(int first, int count, int index)
    {
        if (Nibble(index) == 15)
        {
            for (var i = first; i < first + count; i++)
            {
                SetNibble(i, Nibble(i) / 2);
            }
        }

        SetNibble(index, Nibble(index) + 1);
    }

    private readonly int Nibble(int i) => (int)(((i < 16 ? _histLow : _histHigh) >> ((i % 16) * 4)) & 0xF);

    private void SetNibble(int i, int value)
    {
        var shift = (i % 16) * 4;
        var mask = ~(0xFUL << shift);
        var bits = (ulong)value << shift;
        if (i < 16)
        {
            _histLow = (_histLow & mask) | bits;
        }
        else
        {
            _histHigh = (_histHigh & mask) | bits;
        }
    }
}
