using System.Collections.Immutable;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Contracts.Fraud;

/// <summary>
/// One scored attendance event, as the fraud ledger keeps it for 30 days: which event (device and
/// seq identify it), the score of the active scorer and the rule-based score beside it, the model
/// version, the feature vector (<see cref="FraudFeatureNames.All"/> order) and the features that
/// pushed the score most; the alert it raised, and its label once an operator or audit gave one.
/// </summary>
[GenerateSerializer, Immutable, Alias("fraud-score")]
public sealed record FraudScore(
    [property: Id(0)] string GuardId,
    [property: Id(1)] string SiteId,
    [property: Id(2)] string DeviceId,
    [property: Id(3)] long Seq,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] EventType EventType,
    [property: Id(6)] double Score,
    [property: Id(7)] double RuleScore,
    [property: Id(8)] string ModelVersion,
    [property: Id(9)] ImmutableArray<double> Features,
    [property: Id(10)] ImmutableArray<FraudContribution> Top,
    [property: Id(11)] string? AlertId = null,
    [property: Id(12)] FraudLabel? Label = null);
