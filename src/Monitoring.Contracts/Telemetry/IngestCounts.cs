namespace Monitoring.Contracts.Telemetry;

/// <summary>How many events of a device batch were counted and how many were repeats.</summary>
[GenerateSerializer, Immutable, Alias("ingest-counts")]
public readonly record struct IngestCounts(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Duplicates);
