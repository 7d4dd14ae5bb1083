using System.Text;

namespace Monitoring.Simulator.Fleet;

/// <summary>
/// Virtual phones: device <c>{prefix}d-i</c> carried by guard <c>{prefix}g-i</c> at site
/// <c>site-(i mod sites)</c>, each with its own increasing sequence number. Ids are encoded once.
/// </summary>
internal sealed class DeviceFleet
{
    private readonly byte[][] _deviceIds;
    private readonly byte[][] _guardIds;
    private readonly byte[][] _siteIds;
    private readonly long[] _seq;

    public DeviceFleet(int size, int sites, string prefix = "")
    {
        Size = size;
        _deviceIds = Encode(size, i => $"{prefix}d-{i}");
        _guardIds = Encode(size, i => $"{prefix}g-{i}");
        _siteIds = Encode(Math.Max(1, sites), i => $"site-{i}");
        _seq = new long[size];
    }

    public int Size { get; }

    public ReadOnlySpan<byte> DeviceId(int i) => _deviceIds[i];

    public ReadOnlySpan<byte> GuardId(int i) => _guardIds[i];

    public ReadOnlySpan<byte> SiteId(int i) => _siteIds[i % _siteIds.Length];

    /// <summary>Where device i's guard patrols: near its site's centre.</summary>
    public (double Lat, double Lon) Home(int i)
    {
        var site = i % _siteIds.Length;
        return (48.80 + (0.01 * site) + (0.0001 * (i % 17)), 2.30 + (0.01 * site) + (0.0001 * (i % 13)));
    }

    /// <summary>The device's next sequence number (the first is 1; shift starts use 0).</summary>
    public long NextSeq(int i) => Interlocked.Increment(ref _seq[i]);

    private static byte[][] Encode(int count, Func<int, string> id)
    {
        var ids = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            ids[i] = Encoding.UTF8.GetBytes(id(i));
        }

        return ids;
    }
}
