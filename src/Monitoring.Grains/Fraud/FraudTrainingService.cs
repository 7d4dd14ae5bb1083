using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud.Training;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// The silo's training worker: takes the jobs its model registries queue, one at a time, and trains
/// on a pool thread, never on a grain's turn. While a job trains it asks the registry every
/// <see cref="CancelPoll"/> whether the job was cancelled (from any silo) and stops the trainer if so.
/// </summary>
public sealed partial class FraudTrainingService(
    IServiceProvider services,
    IFraudLedger ledger,
    IFraudModelStore store,
    MonitoringClock clock,
    FraudModelSettings settings,
    ILogger<FraudTrainingService> logger) : BackgroundService
{
    internal static readonly TimeSpan CancelPoll = TimeSpan.FromMilliseconds(250);

    private readonly Channel<(string Tenant, string JobId)> _queue = Channel.CreateUnbounded<(string, string)>();

    /// <summary>Queues a job (called by the tenant's registry grain).</summary>
    public void Enqueue(string tenant, string jobId) => _queue.Writer.TryWrite((tenant, jobId));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (tenant, jobId) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(tenant, jobId, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(string tenant, string jobId, CancellationToken stoppingToken)
    {
        var registry = services.GetRequiredService<IGrainFactory>().GetGrain<IFraudModelGrain>(tenant);
        FraudJobOutcome outcome;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task? watch = null;
        try
        {
            if (await registry.StartJobAsync(jobId) is not { } start)
            {
                return;
            }

            watch = WatchAsync(registry, jobId, cancel);
            var trainer = services.GetService<IFraudModelTrainer>() ?? throw new InvalidOperationException("this silo has no fraud model trainer");
            var rows = await ledger.ReadSamplesAsync(tenant, start.Since, start.Until, settings.MaxRows);
            var (model, bytes) = await Task.Run(
                () => FraudTrainingRun.Run(trainer, rows, start, jobId, clock.GetUtcNow(), TrainingGates.Default, cancel.Token), cancel.Token);
            await store.SaveAsync(tenant, model, bytes);
            outcome = FraudTrainingRun.Verdict(model);
            LogTrained(tenant, jobId, model.Version, model.TrainRows + model.TestRows, model.TrainingMs, outcome.Status);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            outcome = FraudTrainingRun.Stopped(FraudJobStatus.Cancelled, stoppingToken.IsCancellationRequested ? "the silo stopped" : "cancelled while training");
        }
        catch (Exception e)
        {
            LogFailed(e, tenant, jobId);
            outcome = FraudTrainingRun.Stopped(FraudJobStatus.Failed, e.Message);
        }
        finally
        {
            await cancel.CancelAsync();
            if (watch is not null)
            {
                await watch;
            }
        }

        try
        {
            await registry.FinishJobAsync(jobId, outcome);
        }
        catch (Exception e)
        {
            LogFailed(e, tenant, jobId);
        }
    }

    private static async Task WatchAsync(IFraudModelGrain registry, string jobId, CancellationTokenSource cancel)
    {
        // Poll cadence is wall time: the monitoring clock may be manual (a replay) while training runs.
        using var timer = new PeriodicTimer(CancelPoll);
        try
        {
            while (await timer.WaitForNextTickAsync(cancel.Token))
            {
                if (await AskAsync(registry, jobId))
                {
                    await cancel.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<bool> AskAsync(IFraudModelGrain registry, string jobId)
    {
        try
        {
            return await registry.IsCancelRequestedAsync(jobId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The registry is unreachable for a moment (its silo moving): training goes on; the next poll asks again.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant}: fraud job {JobId} trained {Version} on {Rows} rows in {Ms} ms: {Status}")]
    private partial void LogTrained(string tenant, string jobId, string version, int rows, long ms, FraudJobStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant {Tenant}: fraud job {JobId} failed")]
    private partial void LogFailed(Exception exception, string tenant, string jobId);
}
