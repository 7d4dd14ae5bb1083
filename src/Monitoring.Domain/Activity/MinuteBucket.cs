using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>
/// Everything one guard did in one minute: signal counts and the accuracy-weighted centre of the
/// minute's GPS fixes (weights 1/accuracy squared), so a window never holds raw events.
/// </summary>
/// <remarks>
/// 28 bytes, for a ring of them lives with every guard on shift: the minute as an int (minutes since
/// 1970), the centre as a running weighted mean in 1e-7 degrees (about 1 cm; a minute's 60 fixes can
/// drift it by a few centimetres at most, far below GPS noise), the weights' sum and the mean accuracy as floats. Snapshots
/// keep the sums (<see cref="SumWLat"/> and the rest), as before.
/// </remarks>
public struct MinuteBucket
{
    private const double E7 = 1e7;

    private readonly int _minute;
    public ushort Phone;
    public ushort Fixes;
    public ushort Tasks;
    public ushort Checkpoints;
    private float _sumW;
    private float _accM;
    private int _latE7;
    private int _lonE7;

    public MinuteBucket(long minute) => _minute = checked((int)minute);

    public readonly long Minute => _minute;

    public readonly bool HasFix => _sumW > 0;

    /// <summary>The minute's centre; its accuracy bounds how far it can be from the true position.</summary>
    public readonly GeoFix Centre => new(_latE7 / E7, _lonE7 / E7, _accM);

    public readonly double SumW => _sumW;

    public readonly double SumWLat => _sumW * (_latE7 / E7);

    public readonly double SumWLon => _sumW * (_lonE7 / E7);

    public readonly double SumWAcc => _sumW * (double)_accM;

    /// <summary>A bucket from stored sums (a snapshot).</summary>
    public static MinuteBucket FromSums(long minute, ushort phone, ushort fixes, ushort tasks, ushort checkpoints,
        double sumW, double sumWLat, double sumWLon, double sumWAcc)
    {
        var bucket = new MinuteBucket(minute) { Phone = phone, Fixes = fixes, Tasks = tasks, Checkpoints = checkpoints };
        if (sumW > 0)
        {
            bucket._sumW = (float)sumW;
            bucket._latE7 = ToE7(sumWLat / sumW);
            bucket._lonE7 = ToE7(sumWLon / sumW);
            bucket._accM = (float)(sumWAcc / sumW);
        }

        return bucket;
    }

    public void Add(ActivityKind kind, GeoFix? fix)
    {
        switch (kind)
        {
            case ActivityKind.Phone: Phone = Saturate(Phone); break;
            case ActivityKind.Task: Tasks = Saturate(Tasks); break;
            case ActivityKind.Checkpoint: Checkpoints = Saturate(Checkpoints); break;
        }

        if (fix is { } f)
        {
            Fixes = Saturate(Fixes);
            var acc = Math.Max(1.0, f.AccuracyM);
            var w = 1.0 / (acc * acc);
            var sum = _sumW + w;
            var share = w / sum;
            _latE7 = ToE7((_latE7 / E7) + (share * (f.Lat - (_latE7 / E7))));
            _lonE7 = ToE7((_lonE7 / E7) + (share * (f.Lon - (_lonE7 / E7))));
            _accM = (float)(_accM + (share * (acc - _accM)));
            _sumW = (float)sum;
        }
    }

    private static int ToE7(double degrees) => (int)Math.Round(degrees * E7);

    private static ushort Saturate(ushort value) => value == ushort.MaxValue ? value : (ushort)(value + 1);
}
