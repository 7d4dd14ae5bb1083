using Microsoft.Extensions.Options;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage.Audit;
using Monitoring.Persistence.Retention;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Archive;

/// <summary>
/// Applies <c>Monitoring:Retention</c> once at start and then hourly. With PostgreSQL: archived
/// telemetry a whole day partition at a time (one per transaction, no row-by-row deletes competing
/// with ingest), the event log and closed history in chunks, by wall-clock time (that retention is
/// about the database). In both modes: the audit log and the settled rows of the notification
/// delivery log, by the monitoring clock (their times are its times). Each part runs even when
/// another failed.
/// </summary>
internal sealed partial class RetentionService(
    IOptions<MonitoringOptions> options, IAuditLog audit, INotificationOutbox outbox, MonitoringClock clock,
    ILogger<RetentionService> logger, PostgresRetention? retention = null) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            var settings = options.Value.Retention;
            await RunAsync("audit log", async () =>
            {
                var deleted = await audit.DeleteBeforeAsync(clock.GetUtcNow().AddDays(-settings.AuditDays), stoppingToken);
                if (deleted > 0)
                {
                    LogDeleted(logger, deleted, "audit records", settings.AuditDays);
                }
            }, stoppingToken);
            await RunAsync("delivery log", async () =>
            {
                var deleted = await outbox.DeleteSettledBeforeAsync(clock.GetUtcNow().AddDays(-settings.NotificationDays), stoppingToken);
                if (deleted > 0)
                {
                    LogDeleted(logger, deleted, "sent and dead notifications", settings.NotificationDays);
                }
            }, stoppingToken);
            if (retention is not null)
            {
                await ApplyDatabaseAsync(retention, settings, stoppingToken);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private async Task ApplyDatabaseAsync(PostgresRetention database, RetentionOptions settings, CancellationToken stoppingToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        await RunAsync("telemetry", async () =>
        {
            var cutoff = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-settings.TelemetryDays);
            var (partitions, rows) = await database.DropTelemetryBeforeAsync(cutoff, stoppingToken);
            if (partitions.Count > 0 || rows > 0)
            {
                LogDropped(logger, partitions.Count, cutoff, rows, string.Join(", ", partitions));
            }
        }, stoppingToken);
        await RunAsync("event log", async () =>
        {
            var deleted = await database.DeleteEventsBeforeAsync(now.AddDays(-settings.EventLogDays), stoppingToken);
            if (deleted > 0)
            {
                LogDeleted(logger, deleted, "event log envelopes", settings.EventLogDays);
            }
        }, stoppingToken);
        await RunAsync("history", async () =>
        {
            var deleted = await database.DeleteHistoryClosedBeforeAsync(now.AddDays(-settings.HistoryDays), stoppingToken);
            if (deleted > 0)
            {
                LogDeleted(logger, deleted, "closed alerts, incidents and tickets", settings.HistoryDays);
            }
        }, stoppingToken);
    }

    private async Task RunAsync(string part, Func<Task> step, CancellationToken stoppingToken)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Stopping cancels a step on purpose: only a failure is worth a warning.
            if (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, part, e);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention dropped {Count} day(s) of archived telemetry before {Cutoff} ({Partitions}) and {Rows} older row(s) of the default partition.")]
    private static partial void LogDropped(ILogger logger, int count, DateOnly cutoff, long rows, string partitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} {What} older than {Days} day(s).")]
    private static partial void LogDeleted(ILogger logger, long count, string what, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention of the {Part} failed; the steps before the failure stay done, and it runs again within the hour.")]
    private static partial void LogFailed(ILogger logger, string part, Exception exception);
}
