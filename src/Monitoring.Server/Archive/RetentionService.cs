using Microsoft.Extensions.Options;
using Monitoring.Persistence.Archive;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Archive;

/// <summary>
/// Drops archived telemetry older than <c>Monitoring:Retention:TelemetryDays</c>, a whole day
/// partition at a time (no row-by-row deletes competing with ingest), once at start and then hourly.
/// Wall-clock time: retention is about the database, not the monitoring clock.
/// </summary>
internal sealed partial class RetentionService(
    ArchiveReader archive, IOptions<MonitoringOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            try
            {
                var days = options.Value.Retention.TelemetryDays;
                var cutoff = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-days);
                var dropped = await archive.DropBeforeAsync(cutoff);
                if (dropped > 0)
                {
                    LogDropped(logger, dropped, cutoff);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention dropped {Count} day(s) of archived telemetry before {Cutoff}.")]
    private static partial void LogDropped(ILogger logger, int count, DateOnly cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention run failed; it runs again within the hour.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
