namespace Monitoring.Contracts.Fraud;

/// <summary>Where a training job stands.</summary>
public enum FraudJobStatus
{
    /// <summary>Waiting for the training service.</summary>
    Queued,

    /// <summary>Training or measuring now.</summary>
    Running,

    /// <summary>The model passed every gate and is the active one.</summary>
    Activated,

    /// <summary>The model failed a gate (named in the job); the active model stays.</summary>
    Rejected,

    /// <summary>Cancelled before it finished; nothing changed.</summary>
    Cancelled,

    /// <summary>Training stopped on an error (the job's message); nothing changed.</summary>
    Failed,
}
