namespace Monitoring.Domain.Fraud;

/// <summary>How much one feature pushed a score up (positive) or down, in score units.</summary>
public readonly record struct FeatureContribution(FraudFeature Feature, double Weight);
