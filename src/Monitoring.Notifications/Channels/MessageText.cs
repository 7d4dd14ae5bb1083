using System.Globalization;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Channels;

/// <summary>The words every channel uses for a message: its title and one line per alert.</summary>
internal static class MessageText
{
    /// <summary>The most severe item's severity.</summary>
    public static Severity TopSeverity(OutboundNotification m) => m.Items.IsDefaultOrEmpty ? Severity.Low : m.Items.Max(i => i.Severity);

    /// <summary>E.g. <c>[CRITICAL] inactivity at site north-gate — escalated to tier 2</c>.</summary>
    public static string Title(OutboundNotification m)
    {
        var types = m.Items.Select(i => i.Type).Distinct(StringComparer.Ordinal).ToList();
        var what = m.Items.Length switch
        {
            0 => "no alert",
            1 => types[0],
            _ => $"{m.Items.Length} alerts ({string.Join(", ", types.Take(3))}{(types.Count > 3 ? ", …" : string.Empty)})",
        };
        return $"[{WireNames.Of(TopSeverity(m)).ToUpperInvariant()}] {what} at site {m.SiteId}{Why(m)}";
    }

    /// <summary>Why the message is sent, as a title suffix.</summary>
    public static string Why(OutboundNotification m) => m.Reason switch
    {
        NotificationReason.Escalated => $" — escalated to tier {m.Tier}",
        NotificationReason.Repeat => " — still firing",
        NotificationReason.Acknowledged => " — acknowledged",
        NotificationReason.Resolved => " — resolved",
        _ => string.Empty,
    };

    /// <summary>One alert in a line of plain text (without its acknowledge link).</summary>
    public static string Line(NotificationItem i)
    {
        var who = i.GuardId is { } g ? $", guard {g}" : string.Empty;
        var device = i.DeviceId is { } d ? $", device {d}" : string.Empty;
        return $"{i.Type} ({WireNames.Of(i.Severity)}, {WireNames.Of(i.Status)}){who}{device}, raised {Time(i.RaisedAt)}, "
            + $"SLA {Time(i.SlaDueAt)}, alert {i.AlertId}";
    }

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> cut to at most <paramref name="max"/> characters at a word boundary, with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= 1)
        {
            return max <= 0 ? string.Empty : "…";
        }

        var cut = text.LastIndexOf(' ', max - 1);
        var head = cut > max / 2 ? text[..cut] : text[..(max - 1)];
        return head.TrimEnd(' ', ',', ';', '.', '-', '—') + "…";
    }
}
