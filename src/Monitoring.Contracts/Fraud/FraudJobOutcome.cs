using System.Collections.Immutable;

namespace Monitoring.Contracts.Fraud;

/// <summary>
/// How a job ended, as the training service reports it: the stored model (null when none was made),
/// the status (activated only when the model passed every gate), and a message when it stopped.
/// </summary>
[GenerateSerializer, Immutable, Alias("fraud-job-outcome")]
public sealed record FraudJobOutcome(
    [property: Id(0)] FraudJobStatus Status,
    [property: Id(1)] FraudModelInfo? Model,
    [property: Id(2)] ImmutableArray<string> FailedGates,
    [property: Id(3)] string? Message);
