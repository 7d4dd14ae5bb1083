namespace Monitoring.Contracts.Telemetry;

/// <summary>
/// How many events of a device batch were counted, how many were repeats, and which the device
/// refused (positions in the batch it was given; null when none).
/// </summary>
[GenerateSerializer, Immutable, Alias("ingest-counts")]
public readonly record struct IngestCounts(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] IReadOnlyList<DeviceRejection>? Rejected = null);
