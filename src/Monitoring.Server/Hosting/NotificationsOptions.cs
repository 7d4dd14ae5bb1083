using Monitoring.Notifications.Hosting;

namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Notifications</c> settings.</summary>
internal sealed class NotificationsOptions
{
    /// <summary>Channels' host-level endpoints and the retry policy (<c>Monitoring:Notifications:Delivery</c>).</summary>
    public NotificationDeliveryOptions Delivery { get; set; } = new();
}
