namespace Monitoring.Fleet.Night;

/// <summary>
/// One telemetry event of the virtual night in the ingest contract's shape (docs/api.md), with the time
/// the phone gets it through: <see cref="DeliverAt"/> equals <see cref="Ts"/> except for events held
/// back in a dead zone. <see cref="Guard"/> is the index of the guard whose script made the event;
/// it is bookkeeping and never sent.
/// </summary>
internal sealed record NightEvent(int Guard, string DeviceId, long Seq, DateTimeOffset Ts, DateTimeOffset DeliverAt, string Type)
{
    public string? GuardId { get; init; }

    public string? SiteId { get; init; }

    public DateTimeOffset? ShiftEndsAt { get; init; }

    public double? Battery { get; init; }

    public bool? Charging { get; init; }

    public double? BatteryTempC { get; init; }

    public double? SignalDbm { get; init; }

    public string? Network { get; init; }

    public double? MemoryPct { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public double? AccuracyM { get; init; }

    public int? Steps { get; init; }

    public bool? Success { get; init; }

    public string? CheckpointId { get; init; }

    public string? TaskId { get; init; }

    public bool IsBuffered => DeliverAt > Ts;
}
