using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Monitoring.Grains.Notifications;
using Monitoring.Notifications.Channels;
using Monitoring.Notifications.Worker;
using Polly;

namespace Monitoring.Notifications.Hosting;

/// <summary>Registers the channel senders and the delivery worker on a silo host.</summary>
public static class NotificationDeliverySetup
{
    /// <summary>
    /// The six channels, the notifications HTTP client (a timeout per attempt and quick retries with
    /// exponential backoff and jitter for transient errors), the alert and feed reporter and the
    /// delivery worker, which drains whichever <see cref="INotificationOutbox"/> the host registered.
    /// </summary>
    /// <exception cref="ArgumentException">A setting cannot work.</exception>
    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services, NotificationDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException($"Monitoring:Notifications:Delivery: {problem}.", nameof(options));
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.AddHttpClient(HttpPost.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            // A redirect is not followed: the configured URL is the receiver.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler("notifications", pipeline =>
            {
                if (options.QuickRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.QuickRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(200),
                    });
                }

                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.AddSingleton<HttpPost>();
        services.AddSingleton<INotificationChannel>(sp => new WebhookChannel(sp.GetRequiredService<HttpPost>(), TimeProvider.System));
        services.AddSingleton<INotificationChannel>(_ => new EmailChannel(options));
        services.AddSingleton<INotificationChannel>(sp => new SlackChannel(sp.GetRequiredService<HttpPost>()));
        services.AddSingleton<INotificationChannel>(sp => new TeamsChannel(sp.GetRequiredService<HttpPost>()));
        services.AddSingleton<INotificationChannel>(sp => new PagerDutyChannel(sp.GetRequiredService<HttpPost>(), options));
        services.AddSingleton<INotificationChannel>(sp => new SmsChannel(sp.GetRequiredService<HttpPost>(), options, TimeProvider.System));
        services.TryAddSingleton<IDeliveryReporter, AlertFeedReporter>();
        services.AddHostedService<DeliveryWorker>();
        return services;
    }
}
