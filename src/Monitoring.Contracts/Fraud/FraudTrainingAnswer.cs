namespace Monitoring.Contracts.Fraud;

/// <summary>
/// The answer to a training request: the queued <see cref="Job"/>, or a refusal: the labelled rows
/// cannot be trained on (<see cref="Problem"/> with the counts), or <see cref="Busy"/> names the job
/// already queued or running.
/// </summary>
[GenerateSerializer, Immutable, Alias("fraud-training-answer")]
public sealed record FraudTrainingAnswer(
    [property: Id(0)] FraudTrainingJob? Job,
    [property: Id(1)] string? Problem = null,
    [property: Id(2)] int Rows = 0,
    [property: Id(3)] int FraudRows = 0,
    [property: Id(4)] int LegitRows = 0,
    [property: Id(5)] FraudTrainingJob? Busy = null);
