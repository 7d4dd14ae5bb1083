namespace Monitoring.Contracts.Fraud;

/// <summary>A feature (its <c>FraudFeatureNames</c> name) and how much it pushed a score, in score units.</summary>
[GenerateSerializer, Immutable, Alias("fraud-contribution")]
public sealed record FraudContribution(
    [property: Id(0)] string Feature,
    [property: Id(1)] double Weight);
