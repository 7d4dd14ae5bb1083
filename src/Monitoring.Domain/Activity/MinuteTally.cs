using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>
/// What one minute holds, without the minute itself: signal counts and the accuracy-weighted centre
/// of the minute's GPS fixes (weights 1/accuracy squared). 24 bytes: a ring of them lives with every
/// guard on shift, and the ring's position says which minute a slot is.
/// </summary>
/// <remarks>
/// The centre is a running weighted mean in 1e-7 degrees (about 1 cm; a minute's 60 fixes can drift
/// it by a few centimetres at most, far below GPS noise); the weights' sum and the mean accuracy are
/// floats. Snapshots keep the sums, as before.
/// </remarks>
public struct MinuteTally
{
    private const double E7 = 1e7;

    private ushort _phone;
    private ushort _fixes;
    private ushort _tasks;
    private ushort _checkpoints;
    private float _sumW;
    private float _accM;
    private int _latE7;
    private int _lonE7;

    public readonly ushort Phone => _phone;

    public readonly ushort Fixes => _fixes;

    public readonly ushort Tasks => _tasks;

    public readonly ushort Checkpoints => _checkpoints;

    public readonly bool HasFix => _sumW > 0;

    /// <summary>Nothing counted and no fix: a minute nobody recorded looks the same.</summary>
    public readonly bool IsEmpty => (_phone | _fixes | _tasks | _checkpoints) == 0 && !HasFix;

    /// <summary>The minute's centre; its accuracy bounds how far it can be from the true position.</summary>
    public readonly GeoFix Centre => new(_latE7 / E7, _lonE7 / E7, _accM);

    public readonly double SumW => _sumW;

    public readonly double SumWLat => _sumW * (_latE7 / E7);

    public readonly double SumWLon => _sumW * (_lonE7 / E7);

    public readonly double SumWAcc => _sumW * (double)_accM;

    /// <summary>A tally from stored sums (a snapshot).</summary>
    public static MinuteTally FromSums(ushort phone, ushort fixes, ushort tasks, ushort checkpoints,
        double sumW, double sumWLat, double sumWLon, double sumWAcc)
    {
        var tally = new MinuteTally { _phone = phone, _fixes = fixes, _tasks = tasks, _checkpoints = checkpoints };
        if (sumW > 0)
        {
            tally._sumW = (float)sumW;
            tally._latE7 = ToE7(sumWLat / sumW);
            tally._lonE7 = ToE7(sumWLon / sumW);
            tally._accM = (float)(sumWAcc / sumW);
        }

        return tally;
    }

    public void Add(ActivityKind kind, GeoFix? fix)
    {
        switch (kind)
        {
            case ActivityKind.Phone: _phone = Saturate(_phone); break;
            case ActivityKind.Task: _tasks = Saturate(_tasks); break;
            case ActivityKind.Checkpoint: _checkpoints = Saturate(_checkpoints); break;
        }

        if (fix is { } f)
        {
            _fixes = Saturate(_fixes);
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
