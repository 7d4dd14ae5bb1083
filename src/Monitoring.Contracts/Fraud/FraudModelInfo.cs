using System.Collections.Immutable;

namespace Monitoring.Contracts.Fraud;

/// <summary>
/// One trained model version of a tenant: how and when it was trained, on which rows (the labelled
/// events scored in [<see cref="WindowSince"/>, <see cref="WindowUntil"/>), split 80/20 by class),
/// its held-out metrics, the gates it failed (empty: it passed), its feature list, and whether the
/// silos score with it now.
/// </summary>
[GenerateSerializer, Immutable, Alias("fraud-model-info")]
public sealed record FraudModelInfo(
    [property: Id(0)] string Version,
    [property: Id(1)] string Algorithm,
    [property: Id(2)] string JobId,
    [property: Id(3)] DateTimeOffset TrainedAt,
    [property: Id(4)] DateTimeOffset WindowSince,
    [property: Id(5)] DateTimeOffset WindowUntil,
    [property: Id(6)] int TrainRows,
    [property: Id(7)] int TestRows,
    [property: Id(8)] int FraudRows,
    [property: Id(9)] int LegitRows,
    [property: Id(10)] FraudModelMetrics Metrics,
    [property: Id(11)] ImmutableArray<string> FailedGates,
    [property: Id(12)] ImmutableArray<string> Features,
    [property: Id(13)] long TrainingMs,
    [property: Id(14)] bool Active = false);
