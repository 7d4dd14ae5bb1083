using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Channels;

/// <summary>Sends one message on one kind of channel, rendered for that channel's receiver.</summary>
public interface INotificationChannel
{
    /// <summary>The channel kind this sender serves.</summary>
    ChannelKind Kind { get; }

    /// <summary>
    /// One attempt (with the HTTP pipeline's quick retries inside it): the receiver accepted the
    /// message, or it failed for now, or it can never succeed as configured.
    /// </summary>
    Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken cancellationToken);
}
