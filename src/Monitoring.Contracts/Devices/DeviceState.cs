namespace Monitoring.Contracts.Devices;

/// <summary>A device as the API shows it.</summary>
[GenerateSerializer, Immutable, Alias("device-state")]
public sealed record DeviceState
{
    /// <summary>Device id (without tenant).</summary>
    [Id(0)] public required string DeviceId { get; init; }

    /// <summary>The guard using it now.</summary>
    [Id(1)] public string? GuardId { get; init; }

    /// <summary>The site of the guard's current shift.</summary>
    [Id(2)] public string? SiteId { get; init; }

    /// <summary>Latest event timestamp.</summary>
    [Id(3)] public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary>Whether an event arrived within the offline limit (10 minutes).</summary>
    [Id(4)] public bool Online { get; init; }

    /// <summary>Latest battery level in percent.</summary>
    [Id(5)] public double? Battery { get; init; }

    /// <summary>Whether the phone is charging.</summary>
    [Id(6)] public bool? Charging { get; init; }

    /// <summary>Battery drain in percent per hour, from a fit of recent readings.</summary>
    [Id(7)] public double? DrainPctPerHour { get; init; }

    /// <summary>When the battery is predicted to be empty.</summary>
    [Id(8)] public DateTimeOffset? PredictedEmptyAt { get; init; }

    /// <summary>Latest signal strength in dBm.</summary>
    [Id(9)] public double? SignalDbm { get; init; }

    /// <summary>Latest memory use in percent.</summary>
    [Id(10)] public double? MemoryPct { get; init; }

    /// <summary>Latest latitude.</summary>
    [Id(11)] public double? Lat { get; init; }

    /// <summary>Latest longitude.</summary>
    [Id(12)] public double? Lon { get; init; }

    /// <summary>Accuracy of the latest fix in metres.</summary>
    [Id(13)] public double? AccuracyM { get; init; }

    /// <summary>Latest battery temperature.</summary>
    [Id(14)] public double? BatteryTempC { get; init; }

    /// <summary>Latest network type.</summary>
    [Id(15)] public string? Network { get; init; }

    /// <summary>Highest sequence number counted.</summary>
    [Id(16)] public long LastSeq { get; init; }

    /// <summary>Events counted since the device was first seen.</summary>
    [Id(17)] public long EventsAccepted { get; init; }

    /// <summary>Repeated events dropped since the device was first seen.</summary>
    [Id(18)] public long DuplicatesDropped { get; init; }
}
