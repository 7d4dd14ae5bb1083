using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Scheduling;
using Monitoring.Notifications.Hosting;
using Monitoring.Notifications.Worker;

namespace Monitoring.Notifications.Tests.Support;

/// <summary>
/// A host running only the delivery worker and the channels, over a given outbox (as a silo host
/// runs them), with a reporter standing in for the alerts and the feed.
/// </summary>
internal static class DeliveryHost
{
    /// <summary>Short waits so that retries and dead letters happen within a test.</summary>
    public static NotificationDeliveryOptions Fast(int maxAttempts = 4, int quickRetries = 0) => new()
    {
        MaxAttempts = maxAttempts,
        QuickRetries = quickRetries,
        RetryBase = TimeSpan.FromMilliseconds(50),
        RetryCap = TimeSpan.FromMilliseconds(200),
        Poll = TimeSpan.FromMilliseconds(100),
        Lease = TimeSpan.FromSeconds(30),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    public static async Task<IHost> StartAsync(INotificationOutbox outbox, NotificationDeliveryOptions options, IDeliveryReporter? reporter = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new MonitoringClock(manual: true));
        builder.Services.AddSingleton<INotificationOutbox>(outbox);
        builder.Services.AddSingleton<IDeliveryReporter>(reporter ?? new RecordingReporter());
        builder.Services.AddNotificationDelivery(options);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
