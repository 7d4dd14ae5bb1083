namespace Monitoring.Contracts.Fraud;

/// <summary>
/// A tenant's fraud model registry: which trained version is active, the training jobs (on demand
/// and weekly) and their outcomes. Every silo polls <see cref="GetActiveVersionAsync"/> to swap its
/// scorer without a restart. Key: <c>{tenant}</c>.
/// </summary>
public interface IFraudModelGrain : IGrainWithStringKey
{
    /// <summary>The version the silos should score with now; null for the rule-based score.</summary>
    Task<string?> GetActiveVersionAsync();

    /// <summary>Queues a training job unless the labelled rows are too few or one class, or a job is queued or running.</summary>
    Task<FraudTrainingAnswer> RequestTrainingAsync(string requestedBy, string trigger);

    /// <summary>The active version, the stored versions and the recent jobs.</summary>
    Task<FraudModelList> ListAsync();

    /// <summary>One job, or null when the tenant has no such job.</summary>
    Task<FraudTrainingJob?> GetJobAsync(string jobId);

    /// <summary>Cancels a queued or running job; returns it as it stands (null when unknown; a finished job is returned unchanged).</summary>
    Task<FraudTrainingJob?> CancelJobAsync(string jobId);

    /// <summary>Makes a stored version the active one (null: back to the rule-based score); false when no such version is stored.</summary>
    Task<bool> ActivateAsync(string? version);

    /// <summary>The training service takes a queued job: null when it was cancelled meanwhile.</summary>
    Task<FraudJobStart?> StartJobAsync(string jobId);

    /// <summary>True when the job's cancellation was asked for (the training service asks while it trains).</summary>
    Task<bool> IsCancelRequestedAsync(string jobId);

    /// <summary>The training service reports how a job ended; an activated model becomes the active version.</summary>
    Task FinishJobAsync(string jobId, FraudJobOutcome outcome);
}
