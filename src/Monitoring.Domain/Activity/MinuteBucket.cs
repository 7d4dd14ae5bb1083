using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Activity;

/// <summary>
/// Everything one guard did in one minute, with the minute (minutes since 1970): how a window's
/// minutes are handed out for snapshots and read back. The ring itself keeps only the
/// <see cref="MinuteTally"/>.
/// </summary>
public struct MinuteBucket(long minute, MinuteTally tally)
{
    private MinuteTally _tally = tally;

    public MinuteBucket(long minute)
        : this(minute, default)
    {
    }

    public readonly long Minute => minute;

    public readonly MinuteTally Tally => _tally;

    public readonly ushort Phone => _tally.Phone;

    public readonly ushort Fixes => _tally.Fixes;

    public readonly ushort Tasks => _tally.Tasks;

    public readonly ushort Checkpoints => _tally.Checkpoints;

    public readonly bool HasFix => _tally.HasFix;

    public readonly GeoFix Centre => _tally.Centre;

    public readonly double SumW => _tally.SumW;

    public readonly double SumWLat => _tally.SumWLat;

    public readonly double SumWLon => _tally.SumWLon;

    public readonly double SumWAcc => _tally.SumWAcc;

    /// <summary>A bucket from stored sums (a snapshot).</summary>
    public static MinuteBucket FromSums(long minute, ushort phone, ushort fixes, ushort tasks, ushort checkpoints,
        double sumW, double sumWLat, double sumWLon, double sumWAcc) =>
        new(minute, MinuteTally.FromSums(phone, fixes, tasks, checkpoints, sumW, sumWLat, sumWLon, sumWAcc));

    public void Add(ActivityKind kind, GeoFix? fix) => _tally.Add(kind, fix);
}
