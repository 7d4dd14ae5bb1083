using System.Collections.Immutable;

namespace Monitoring.Contracts.Fraud;

/// <summary>
/// A tenant's fraud models: the active version (null: the rule-based score stands in), every trained
/// version newest first, and the recent training jobs newest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("fraud-model-list")]
public sealed record FraudModelList(
    [property: Id(0)] string? ActiveVersion,
    [property: Id(1)] ImmutableArray<FraudModelInfo> Models,
    [property: Id(2)] ImmutableArray<FraudTrainingJob> Jobs);
