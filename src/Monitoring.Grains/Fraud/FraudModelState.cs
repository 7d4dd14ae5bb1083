using Monitoring.Contracts.Fraud;

namespace Monitoring.Grains.Fraud;

/// <summary>A tenant's model registry as stored: the active version, the version counter, the recent jobs and the next weekly retraining.</summary>
[GenerateSerializer]
internal sealed class FraudModelState
{
    [Id(0)] public string? ActiveVersion { get; set; }

    [Id(1)] public int Sequence { get; set; }

    [Id(2)] public List<FraudTrainingJob> Jobs { get; set; } = [];

    [Id(3)] public DateTimeOffset? NextRetrainAt { get; set; }
}
