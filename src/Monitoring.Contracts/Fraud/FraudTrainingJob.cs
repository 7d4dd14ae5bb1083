using System.Collections.Immutable;

namespace Monitoring.Contracts.Fraud;

/// <summary>
/// One training run of a tenant's fraud model, on demand (<see cref="Trigger"/> manual, by an admin)
/// or weekly: its status, the row counts it read, the model version it produced and the gates that
/// model failed, or why it stopped.
/// </summary>
[GenerateSerializer, Immutable, Alias("fraud-training-job")]
public sealed record FraudTrainingJob(
    [property: Id(0)] string JobId,
    [property: Id(1)] FraudJobStatus Status,
    [property: Id(2)] string Trigger,
    [property: Id(3)] string RequestedBy,
    [property: Id(4)] DateTimeOffset RequestedAt,
    [property: Id(11)] ImmutableArray<string> FailedGates,
    [property: Id(5)] DateTimeOffset? StartedAt = null,
    [property: Id(6)] DateTimeOffset? FinishedAt = null,
    [property: Id(7)] int Rows = 0,
    [property: Id(8)] int FraudRows = 0,
    [property: Id(9)] int LegitRows = 0,
    [property: Id(10)] string? ModelVersion = null,
    [property: Id(12)] string? Message = null,
    [property: Id(13)] bool CancelRequested = false)
{
    /// <summary>True once the job can change no more.</summary>
    public bool Finished => Status is not (FraudJobStatus.Queued or FraudJobStatus.Running);
}
