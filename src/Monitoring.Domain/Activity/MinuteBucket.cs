using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>
/// Everything one guard did in one minute: signal counts and the accuracy-weighted centre of the
/// minute's GPS fixes (weights 1/accuracy squared), so a window never holds raw events.
/// </summary>
public struct MinuteBucket
{
    public long Minute;
    public ushort Phone;
    public ushort Fixes;
    public ushort Tasks;
    public ushort Checkpoints;
    public double SumW;
    public double SumWLat;
    public double SumWLon;
    public double SumWAcc;

    public readonly bool HasFix => SumW > 0;

    /// <summary>The minute's centre; its accuracy bounds how far it can be from the true position.</summary>
    public readonly GeoFix Centre => new(SumWLat / SumW, SumWLon / SumW, SumWAcc / SumW);

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
            SumW += w;
            SumWLat += w * f.Lat;
            SumWLon += w * f.Lon;
            SumWAcc += w * acc;
        }
    }

    private static ushort Saturate(ushort value) => value == ushort.MaxValue ? value : (ushort)(value + 1);
}
