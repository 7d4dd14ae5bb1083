using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Worker;

/// <summary>Tells the rest of the system about a recorded attempt (best effort: the outbox already holds it).</summary>
public interface IDeliveryReporter
{
    Task ReportAsync(OutboundNotification message, Delivery delivery, CancellationToken cancellationToken);
}
