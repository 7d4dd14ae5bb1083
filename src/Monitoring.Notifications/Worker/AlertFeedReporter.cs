using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Worker;

/// <summary>
/// After each recorded attempt: every alert of the message records where the delivery stands (the
/// alert card shows it), and the feed carries <c>notification_sent</c> or <c>notification_failed</c>
/// with the log row. An alert that cannot be told now catches up with the next attempt's report or
/// stays one mark behind; the log is the record.
/// </summary>
internal sealed partial class AlertFeedReporter(IGrainFactory grains, FeedPublisher feed, ILogger<AlertFeedReporter> logger) : IDeliveryReporter
{
    public async Task ReportAsync(OutboundNotification message, Delivery delivery, CancellationToken cancellationToken)
    {
        var calls = message.Items.Select(async item =>
        {
            try
            {
                await grains.GetGrain<IAlertGrain>(GrainKeys.Compose(message.Tenant, item.AlertId))
                    .RecordDeliveryAsync(delivery.DeliveryId, delivery.Tier, delivery.Status, delivery.UpdatedAt);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAlertMissed(logger, ex, delivery.DeliveryId, item.AlertId);
            }
        });
        await Task.WhenAll(calls);
        var type = delivery.Status == DeliveryStatus.Sent ? FeedTypes.NotificationSent : FeedTypes.NotificationFailed;
        feed.Publish(new FeedEnvelope(type, message.Tenant, delivery) { SiteId = message.SiteId, At = delivery.UpdatedAt });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} could not be recorded on alert {AlertId}.")]
    private static partial void LogAlertMissed(ILogger logger, Exception exception, string deliveryId, string alertId);
}
