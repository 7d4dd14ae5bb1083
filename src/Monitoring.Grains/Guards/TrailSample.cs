using Monitoring.Domain.Geo;

namespace Monitoring.Grains.Guards;

/// <summary>
/// What an evaluation adds to the guard's history beside its score: whether the guard was warming
/// up, the four signals in the evaluation period before it, and the newest position in it.
/// </summary>
internal readonly record struct TrailSample(bool WarmingUp, int Phone, double MovementM, int Tasks, int Checkpoints, GeoFix? Fix)
{
    public static TrailSample None { get; } = new(false, 0, 0, 0, 0, null);
}
