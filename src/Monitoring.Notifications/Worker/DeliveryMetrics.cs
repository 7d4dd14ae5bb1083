using System.Diagnostics.Metrics;
using Monitoring.Contracts.Notifications;

namespace Monitoring.Notifications.Worker;

/// <summary>Delivery attempts on the <c>Monitoring.Notifications</c> meter (the host exports it).</summary>
public static class DeliveryMetrics
{
    public const string MeterName = "Monitoring.Notifications";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "monitoring.notifications.deliveries", "{attempt}",
        "Notification delivery attempts by channel and the status they left: sent, failed (tried again) or dead.");

    private static readonly string[] Channels = [.. Enum.GetValues<ChannelKind>().Select(c => c.ToString().ToLowerInvariant())];
    private static readonly string[] Statuses = [.. Enum.GetValues<DeliveryStatus>().Select(s => s.ToString().ToLowerInvariant())];

    internal static void Attempted(ChannelKind channel, DeliveryStatus status) =>
        Deliveries.Add(1, new KeyValuePair<string, object?>("channel", Name(Channels, (int)channel)),
            new KeyValuePair<string, object?>("status", Name(Statuses, (int)status)));

    private static string Name(string[] names, int value) => (uint)value < names.Length ? names[value] : "other";
}
