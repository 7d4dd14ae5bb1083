namespace Monitoring.Fleet.Night;

/// <summary>
/// A phone's slow-moving readings between heartbeats. Battery starts at 90-100 % and drains at a
/// per-phone 2.6-4.0 %/h, a third faster below 10 degrees C and a quarter faster under -90 dBm
/// (so about 3-6 %/h in practice). The battery sits at the outdoor temperature plus body warmth,
/// following it with a 20-minute lag; memory wanders around a per-phone mean of 44-54 %.
/// </summary>
internal sealed class PhoneBody
{
    private readonly Random _rng;
    private readonly double _drainPctPerHour;
    private readonly double _warmC;
    private readonly double _memoryMean;

    public PhoneBody(Random rng, double ambientC)
    {
        _rng = rng;
        Battery = rng.Between(90, 100);
        _drainPctPerHour = rng.Between(2.6, 4.0);
        _warmC = ambientC + rng.Between(10, 16);
        TempC = _warmC + rng.Between(-1, 1);
        _memoryMean = rng.Between(44, 54);
        MemoryPct = _memoryMean + rng.Between(-4, 4);
        Network = rng.Next(4) == 0 ? "5g" : "lte";
    }

    public double Battery { get; private set; }

    public double TempC { get; private set; }

    public double MemoryPct { get; private set; }

    public string Network { get; }

    public void Advance(double seconds, double signalDbm)
    {
        if (seconds <= 0)
        {
            return;
        }

        var hours = seconds / 3600;
        var rate = _drainPctPerHour * (TempC < 10 ? 1.3 : 1.0) * (signalDbm < -90 ? 1.25 : 1.0);
        Battery = Math.Max(0, Battery - (rate * hours));
        TempC += ((_warmC - TempC) * (1 - Math.Exp(-seconds / 1200))) + (0.1 * _rng.Gaussian());
        var pull = (_memoryMean - MemoryPct) * (1 - Math.Exp(-seconds / 3600));
        MemoryPct = Math.Clamp(MemoryPct + pull + (4 * Math.Sqrt(hours) * _rng.Gaussian()), 30, 70);
    }

    /// <summary>The app restarts: memory falls back below its usual level.</summary>
    public void ResetMemory() => MemoryPct = _memoryMean - _rng.Between(2, 6);
}
