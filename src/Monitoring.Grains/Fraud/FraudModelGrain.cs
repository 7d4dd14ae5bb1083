using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Fraud;
using Monitoring.Contracts.Scheduling;
using Monitoring.Domain.Fraud.Training;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// A tenant's model registry (<see cref="IFraudModelGrain"/>). Training itself runs in the silo's
/// <see cref="FraudTrainingService"/>, off this grain's turn; the grain only queues, records and
/// activates. A weekly job retrains on the periodic work (a durable reminder on PostgreSQL).
/// </summary>
internal sealed partial class FraudModelGrain(
    [PersistentState("fraud-models")] IPersistentState<FraudModelState> state,
    MonitoringClock clock,
    IPeriodicWork periodicWork,
    IFraudLedger ledger,
    IFraudModelStore store,
    FraudTrainingService training,
    FraudModelSettings settings,
    FeedPublisher publisher,
    ILogger<FraudModelGrain> logger) : Grain, IFraudModelGrain, IClockDrivenGrain, IRemindable
{
    internal const string RetrainJob = "fraud-retrain";
    internal const string ManualTrigger = "manual";
    internal const string WeeklyTrigger = "weekly";
    private const int KeptJobs = 20;
    private const int ListedModels = 50;

    private string _tenant = "";

    private FraudModelState Registry => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _tenant = this.GetPrimaryKeyString();
        if (Registry.NextRetrainAt is null)
        {
            Registry.NextRetrainAt = clock.GetUtcNow() + settings.RetrainPeriod;
            await state.WriteStateAsync(cancellationToken);
        }

        await periodicWork.StartAsync(this, RetrainJob, Registry.NextRetrainAt.Value, settings.RetrainPeriod);
    }

    public Task<string?> GetActiveVersionAsync() => Task.FromResult(Registry.ActiveVersion);

    public async Task<FraudTrainingAnswer> RequestTrainingAsync(string requestedBy, string trigger)
    {
        var now = clock.GetUtcNow();
        await ExpireLostJobsAsync(now);
        if (Registry.Jobs.FirstOrDefault(j => !j.Finished) is { } busy)
        {
            return new FraudTrainingAnswer(null, $"job {busy.JobId} is {busy.Status.ToString().ToLowerInvariant()}", Busy: busy);
        }

        var rows = await ledger.ReadSamplesAsync(_tenant, now - settings.Window, now, settings.MaxRows);
        var readiness = TrainingReadiness.Of(rows);
        if (readiness.Problem is { } problem)
        {
            return new FraudTrainingAnswer(null, problem, readiness.Rows, readiness.Fraud, readiness.Legit);
        }

        Registry.Sequence++;
        var job = new FraudTrainingJob($"job-{Registry.Sequence}", FraudJobStatus.Queued, trigger, requestedBy, now, [],
            Rows: readiness.Rows, FraudRows: readiness.Fraud, LegitRows: readiness.Legit);
        Registry.Jobs.Insert(0, job);
        if (Registry.Jobs.Count > KeptJobs)
        {
            Registry.Jobs.RemoveRange(KeptJobs, Registry.Jobs.Count - KeptJobs);
        }

        await state.WriteStateAsync();
        training.Enqueue(_tenant, job.JobId);
        return new FraudTrainingAnswer(job, Rows: readiness.Rows, FraudRows: readiness.Fraud, LegitRows: readiness.Legit);
    }

    public async Task<FraudModelList> ListAsync()
    {
        var models = await store.ListAsync(_tenant, ListedModels);
        return new FraudModelList(
            Registry.ActiveVersion,
            [.. models.Select(m => m with { Active = m.Version == Registry.ActiveVersion })],
            [.. Registry.Jobs]);
    }

    public Task<FraudTrainingJob?> GetJobAsync(string jobId) => Task.FromResult(Find(jobId));

    public async Task<FraudTrainingJob?> CancelJobAsync(string jobId)
    {
        var job = Find(jobId);
        if (job is null || job.Finished)
        {
            return job;
        }

        var cancelled = job.Status == FraudJobStatus.Queued
            ? job with { Status = FraudJobStatus.Cancelled, CancelRequested = true, FinishedAt = clock.GetUtcNow(), Message = "cancelled before it started" }
            : job with { CancelRequested = true };
        await ReplaceAsync(cancelled);
        return cancelled;
    }

    public async Task<bool> ActivateAsync(string? version)
    {
        if (version is not null && await store.ReadBytesAsync(_tenant, version) is null)
        {
            return false;
        }

        await SetActiveAsync(version);
        return true;
    }

    public async Task<FraudJobStart?> StartJobAsync(string jobId)
    {
        if (Find(jobId) is not { Status: FraudJobStatus.Queued } job)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        Registry.Sequence++;
        await ReplaceAsync(job with { Status = FraudJobStatus.Running, StartedAt = now });
        return new FraudJobStart($"fasttree-v{Registry.Sequence}", now - settings.Window, now, Registry.Sequence);
    }

    public Task<bool> IsCancelRequestedAsync(string jobId) => Task.FromResult(Find(jobId) is not { Finished: false, CancelRequested: false });

    public async Task FinishJobAsync(string jobId, FraudJobOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (Find(jobId) is not { Finished: false } job)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await ReplaceAsync(job with
        {
            Status = outcome.Status,
            FinishedAt = now,
            ModelVersion = outcome.Model?.Version,
            FailedGates = outcome.FailedGates.IsDefault ? [] : outcome.FailedGates,
            Message = outcome.Message,
        });
        if (outcome is { Status: FraudJobStatus.Activated, Model: { } model })
        {
            await SetActiveAsync(model.Version);
            publisher.Publish(FeedEnvelopes.Of(FeedTypes.FraudModelActivated, _tenant, null, null, now, model with { Active = true }));
            LogActivated(_tenant, model.Version, model.Metrics.Precision, model.Metrics.Recall, model.Metrics.F1);
        }
    }

    private FraudTrainingJob? Find(string jobId) => Registry.Jobs.FirstOrDefault(j => j.JobId == jobId);

    private async Task ReplaceAsync(FraudTrainingJob job)
    {
        var at = Registry.Jobs.FindIndex(j => j.JobId == job.JobId);
        Registry.Jobs[at] = job;
        await state.WriteStateAsync();
    }

    private async Task SetActiveAsync(string? version)
    {
        if (Registry.ActiveVersion != version)
        {
            Registry.ActiveVersion = version;
            await state.WriteStateAsync();
        }
    }

    // A job whose silo died while it trained never reports back: after the timeout it counts as failed.
    private async Task ExpireLostJobsAsync(DateTimeOffset now)
    {
        foreach (var job in Registry.Jobs.Where(j => !j.Finished && now - (j.StartedAt ?? j.RequestedAt) > settings.JobTimeout).ToList())
        {
            await ReplaceAsync(job with { Status = FraudJobStatus.Failed, FinishedAt = now, Message = "no word from the training service (its silo stopped?)" });
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant}: fraud model {Version} activated (precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3})")]
    private partial void LogActivated(string tenant, string version, double precision, double recall, double f1);
}
