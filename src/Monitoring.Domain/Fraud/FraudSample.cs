namespace Monitoring.Domain.Fraud;

/// <summary>One labelled training row: a scored event's features and its verdict.</summary>
public sealed record FraudSample(string GuardId, string SiteId, DateTimeOffset At, FraudFeatures Features, FraudLabel Label);
