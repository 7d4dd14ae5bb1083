using System.Collections.Immutable;

namespace Monitoring.Contracts.Telemetry;

/// <summary>What one device forwards to its guard for one ingest batch: one call, not one per event.</summary>
[GenerateSerializer, Immutable, Alias("guard-activity-batch")]
public sealed record GuardActivityBatch(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] DateTimeOffset LastSeenAt,
    [property: Id(2)] ImmutableArray<ActivitySample> Samples);
