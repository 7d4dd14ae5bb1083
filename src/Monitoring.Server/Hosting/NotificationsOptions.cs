using Monitoring.Grains.Notifications;
using Monitoring.Notifications.Hosting;

namespace Monitoring.Server.Hosting;

/// <summary>
/// <c>Monitoring:Notifications</c>: the public base URL acknowledge links start with, the secret that
/// signs them (unset: a random one per process, so links die with it; several silos need it set,
/// the same on each) and how many hours a link lives.
/// </summary>
internal sealed class NotificationsOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Channels' host-level endpoints and the retry policy (<c>Monitoring:Notifications:Delivery</c>).</summary>
    public NotificationDeliveryOptions Delivery { get; set; } = new();

    public string PublicBaseUrl { get; set; } = NotificationSettings.Default.PublicBaseUrl;

    public string? LinkSecret { get; set; }

    public double AckLinkHours { get; set; } = NotificationSettings.Default.AckLinkLifetime.TotalHours;

    public NotificationSettings ToSettings() =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && AckLinkHours > 0 && AckLinkHours <= 24 * 30
            ? new NotificationSettings
            {
                Enabled = Enabled,
                PublicBaseUrl = PublicBaseUrl,
                LinkSecret = string.IsNullOrWhiteSpace(LinkSecret) ? null : LinkSecret,
                AckLinkLifetime = TimeSpan.FromHours(AckLinkHours),
            }
            : throw new InvalidOperationException(
                "Monitoring:Notifications: PublicBaseUrl must be an absolute http(s) URL and AckLinkHours between 0 and 720.");
}
