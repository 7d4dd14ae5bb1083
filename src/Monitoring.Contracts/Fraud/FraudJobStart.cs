namespace Monitoring.Contracts.Fraud;

/// <summary>What the training service needs to run a job: the version to give the model, the rows' window and the split's seed.</summary>
[GenerateSerializer, Immutable, Alias("fraud-job-start")]
public sealed record FraudJobStart(
    [property: Id(0)] string Version,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] DateTimeOffset Until,
    [property: Id(3)] int Seed);
