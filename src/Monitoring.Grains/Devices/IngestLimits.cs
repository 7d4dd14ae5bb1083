namespace Monitoring.Grains.Devices;

/// <summary>
/// Bounds on what one device may claim. <see cref="MaxSeqAhead"/>: how far past the device's highest
/// sequence number an event may jump; a larger jump is refused, since a single forged or corrupt
/// sequence far ahead would make every later genuine event look like a replay.
/// </summary>
public sealed record IngestLimits(long MaxSeqAhead = IngestLimits.DefaultMaxSeqAhead)
{
    public const long DefaultMaxSeqAhead = 1_000_000;

    public static IngestLimits Default { get; } = new();
}
