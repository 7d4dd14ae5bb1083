using System.Collections.Concurrent;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Notifications.Worker;

namespace Monitoring.Notifications.Tests.Support;

/// <summary>Stands in for the alerts and the feed: keeps every report.</summary>
internal sealed class RecordingReporter : IDeliveryReporter
{
    public ConcurrentQueue<Delivery> Reports { get; } = new();

    public Task ReportAsync(OutboundNotification message, Delivery delivery, CancellationToken cancellationToken)
    {
        Reports.Enqueue(delivery);
        return Task.CompletedTask;
    }
}
