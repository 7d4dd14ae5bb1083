namespace Monitoring.Grains.Devices;

/// <summary>What a device grain keeps across activations.</summary>
[GenerateSerializer, Alias("device-snapshot")]
public sealed class DeviceSnapshot
{
    [Id(0)] public string? GuardId { get; set; }
    [Id(1)] public string? SiteId { get; set; }
    [Id(2)] public long MaxSeq { get; set; } = -1;
    [Id(3)] public ulong[]? SeqBits { get; set; }
    [Id(4)] public DateTimeOffset? LastSeenAt { get; set; }
    [Id(5)] public DeviceReadings Readings { get; set; } = new();
    [Id(6)] public long EventsAccepted { get; set; }
    [Id(7)] public long DuplicatesDropped { get; set; }

    /// <summary>Health rules (battery, signal, memory, offline) and the battery history; null until a reading arrives.</summary>
    [Id(8)] public DeviceHealth? Health { get; set; }

    /// <summary>True once the tenant's device quota counted this device (it asks once).</summary>
    [Id(9)] public bool Admitted { get; set; }

    /// <summary>Battery and signal strength per 5-minute slot over the last 8 hours (<see cref="DeviceTrail"/>); null until a reading arrives.</summary>
    [Id(10)] public byte[]? Trail { get; set; }

    /// <summary>The newest slot of <see cref="Trail"/> (5-minute slots since 1970).</summary>
    [Id(11)] public long TrailNewestSlot { get; set; }
}
