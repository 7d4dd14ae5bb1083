using Monitoring.Domain.Telemetry;

namespace Monitoring.Contracts.Telemetry;

/// <summary>One validated telemetry event from a device, as accepted by the ingest endpoint.</summary>
[GenerateSerializer, Immutable, Alias("telemetry-event")]
public sealed record TelemetryEvent
{
    /// <summary>The device that sent it (without tenant).</summary>
    [Id(0)] public required string DeviceId { get; init; }

    /// <summary>Per-device sequence number; (device, seq) counts once.</summary>
    [Id(1)] public required long Seq { get; init; }

    /// <summary>The device's timestamp.</summary>
    [Id(2)] public required DateTimeOffset Ts { get; init; }

    /// <summary>What happened.</summary>
    [Id(3)] public required EventType Type { get; init; }

    /// <summary>The guard; required on shift_start, otherwise the device's current guard.</summary>
    [Id(4)] public string? GuardId { get; init; }

    /// <summary>The site; required on shift_start.</summary>
    [Id(5)] public string? SiteId { get; init; }

    /// <summary>Battery level in percent.</summary>
    [Id(6)] public double? Battery { get; init; }

    /// <summary>Whether the phone is charging.</summary>
    [Id(7)] public bool? Charging { get; init; }

    /// <summary>Battery temperature in degrees Celsius.</summary>
    [Id(8)] public double? BatteryTempC { get; init; }

    /// <summary>Signal strength in dBm.</summary>
    [Id(9)] public double? SignalDbm { get; init; }

    /// <summary>Network type, e.g. lte.</summary>
    [Id(10)] public string? Network { get; init; }

    /// <summary>Memory use in percent.</summary>
    [Id(11)] public double? MemoryPct { get; init; }

    /// <summary>Latitude in degrees.</summary>
    [Id(12)] public double? Lat { get; init; }

    /// <summary>Longitude in degrees.</summary>
    [Id(13)] public double? Lon { get; init; }

    /// <summary>GPS accuracy radius in metres.</summary>
    [Id(14)] public double? AccuracyM { get; init; }

    /// <summary>Step counter.</summary>
    [Id(15)] public int? Steps { get; init; }

    /// <summary>Outcome of a biometric attempt.</summary>
    [Id(16)] public bool? Success { get; init; }

    /// <summary>The tour checkpoint scanned.</summary>
    [Id(17)] public string? CheckpointId { get; init; }

    /// <summary>The task completed.</summary>
    [Id(18)] public string? TaskId { get; init; }

    /// <summary>On shift_start: when the shift is planned to end (battery_shift_risk compares the battery forecast with it).</summary>
    [Id(19)] public DateTimeOffset? ShiftEndsAt { get; init; }
}
