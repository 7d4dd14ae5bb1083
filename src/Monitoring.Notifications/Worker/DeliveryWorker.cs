using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Scheduling;
using Monitoring.Notifications.Channels;
using Monitoring.Notifications.Hosting;

namespace Monitoring.Notifications.Worker;

/// <summary>
/// Each silo's delivery worker: leases due messages from the outbox as slots free up (at most
/// <see cref="NotificationDeliveryOptions.Concurrency"/> in flight), sends each on its channel, records
/// the attempt and reports it. It wakes when a message is queued on this silo and polls otherwise.
/// A worker that dies mid-send leaves its leases to lapse; another silo's worker then takes the
/// messages, and the receiver deduplicates by idempotency key.
/// </summary>
/// <remarks>
/// Leases and retries run on real time, not the monitoring clock: a receiver that is down comes back
/// in real seconds, and a manual clock (tests, replays) must neither stall nor rush them. The log's
/// times are the monitoring clock's, like every other time an operator reads.
/// </remarks>
internal sealed partial class DeliveryWorker(
    INotificationOutbox outbox,
    IEnumerable<INotificationChannel> channels,
    NotificationDeliveryOptions options,
    IDeliveryReporter reporter,
    OutboxSignal signal,
    MonitoringClock clock,
    IHostApplicationLifetime lifetime,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private readonly Dictionary<ChannelKind, INotificationChannel> _channels = channels.ToDictionary(c => c.Kind);
    private readonly SemaphoreSlim _slots = new(options.Concurrency, options.Concurrency);
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);
    private readonly TimeProvider _realTime = TimeProvider.System;

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Alerts are told through grains: wait for the silo to be up (or for a stop before that).
            using (var started = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStarted, stoppingToken))
            {
                await Task.Delay(Timeout.Infinite, started.Token).ContinueWith(static _ => { }, TaskScheduler.Default);
            }

            stoppingToken.ThrowIfCancellationRequested();
            while (!stoppingToken.IsCancellationRequested)
            {
                await _slots.WaitAsync(stoppingToken);
                var batch = await LeaseAsync(_slots.CurrentCount + 1, stoppingToken);
                if (batch.Count == 0)
                {
                    _slots.Release();
                    await signal.WaitAsync(options.Poll, stoppingToken);
                    continue;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    // Only this loop takes slots, so the ones counted free above are still free.
                    if (i > 0)
                    {
                        await _slots.WaitAsync(stoppingToken);
                    }

                    var (message, leaseId) = batch[i];
                    _running[message.Message.DeliveryId] = RunAsync(message, leaseId, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: messages in flight are abandoned to their leases.
        }

        await Task.WhenAll(_running.Values);
    }

    private async Task<List<(LeasedNotification, Guid)>> LeaseAsync(int max, CancellationToken stoppingToken)
    {
        var leaseId = Guid.NewGuid();
        try
        {
            var leased = await outbox.LeaseAsync(leaseId, max, _realTime.GetUtcNow(), options.Lease, stoppingToken);
            return [.. leased.Select(l => (l, leaseId))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLeaseFailed(logger, ex);
            return [];
        }
    }

    private async Task RunAsync(LeasedNotification leased, Guid leaseId, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await DeliverAsync(leased, leaseId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Abandoned: the lease lapses and the message is tried again.
        }
        catch (Exception ex)
        {
            LogDeliverFailed(logger, ex, leased.Message.DeliveryId);
        }
        finally
        {
            _running.TryRemove(leased.Message.DeliveryId, out _);
            _slots.Release();
        }
    }

    private async Task DeliverAsync(LeasedNotification leased, Guid leaseId, CancellationToken stoppingToken)
    {
        var message = leased.Message;
        var outcome = await SendAsync(message, stoppingToken);
        var attempt = Attempt(outcome, leased.Delivery.Attempts + 1);
        // Not cancellable: a message that went out must be recorded as sent even while stopping.
        var row = await outbox.RecordAttemptAsync(message.DeliveryId, leaseId, attempt, CancellationToken.None);
        if (row is null)
        {
            LogLeaseLost(logger, message.DeliveryId);
            return;
        }

        LogAttempt(logger, row.DeliveryId, row.Channel, row.Status, row.Attempts, row.LastError);
        DeliveryMetrics.Attempted(row.Channel, row.Status);
        try
        {
            await reporter.ReportAsync(message, row, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReportFailed(logger, ex, row.DeliveryId);
        }
    }

    private async Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken stoppingToken)
    {
        if (!_channels.TryGetValue(message.Channel.Kind, out var channel))
        {
            return SendOutcome.Fatal($"no sender for channel {message.Channel.Kind}");
        }

        try
        {
            return await channel.SendAsync(message, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            return SendOutcome.Retry($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private DeliveryAttempt Attempt(SendOutcome outcome, int attempts)
    {
        var at = clock.GetUtcNow();
        if (outcome.Accepted)
        {
            return DeliveryAttempt.Sent(at);
        }

        var error = outcome.Error ?? "failed";
        if (outcome.Permanent || attempts >= options.MaxAttempts)
        {
            return DeliveryAttempt.Dead(at, error);
        }

        var wait = RetrySchedule.DelayAfter(attempts, options.RetryBase, options.RetryCap, Random.Shared.NextDouble());
        return DeliveryAttempt.Failed(at, error, _realTime.GetUtcNow() + wait);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leasing due notifications failed; trying again at the next poll.")]
    private static partial void LogLeaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering {DeliveryId} failed unexpectedly; its lease will lapse and it will be tried again.")]
    private static partial void LogDeliverFailed(ILogger logger, Exception exception, string deliveryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} was taken by another worker after its lease lapsed; this attempt is not recorded.")]
    private static partial void LogLeaseLost(ILogger logger, string deliveryId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivery {DeliveryId} on {Channel}: {Status} after {Attempts} attempt(s). {Error}")]
    private static partial void LogAttempt(ILogger logger, string deliveryId, ChannelKind channel, DeliveryStatus status, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was recorded but could not be reported to its alerts or the feed.")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string deliveryId);
}
