namespace Monitoring.Simulator.Feed;

/// <summary>Nearest-rank percentiles of a sample of milliseconds.</summary>
internal sealed class Percentiles
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(double ms) => _ms.Add(ms);

    public double At(double percentile)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        _ms.Sort();
        var rank = (int)Math.Ceiling(percentile / 100 * _ms.Count);
        return _ms[Math.Clamp(rank - 1, 0, _ms.Count - 1)];
    }
}
