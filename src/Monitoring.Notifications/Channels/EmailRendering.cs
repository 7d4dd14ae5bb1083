using System.Net;
using System.Security.Cryptography;
using System.Text;
using Monitoring.Contracts.Json;
using Monitoring.Grains.Notifications;
using MimeKit;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// The email for a message: subject with severity, type and site; a plain-text part and an HTML part
/// (multipart/alternative) with the acknowledge links as links; a Message-Id derived from the
/// idempotency key, so a retried send is the same message to the recipient's mail system.
/// </summary>
internal static class EmailRendering
{
    public static MimeMessage Render(OutboundNotification m, MailboxAddress from, MailboxAddress to)
    {
        var mail = new MimeMessage();
        mail.From.Add(from);
        mail.To.Add(to);
        mail.Subject = "[Monitoring] " + MessageText.Title(m);
        mail.MessageId = MessageId(m.IdempotencyKey, from.Domain);
        mail.Headers.Add("X-Monitoring-Delivery", m.DeliveryId);
        var body = new BodyBuilder { TextBody = Plain(m), HtmlBody = Html(m) };
        mail.Body = body.ToMessageBody();
        return mail;
    }

    public static string MessageId(string idempotencyKey, string? domain) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32]
        + "@" + (string.IsNullOrEmpty(domain) ? "monitoring.local" : domain);

    private static string Plain(OutboundNotification m)
    {
        var text = new StringBuilder();
        text.Append(MessageText.Title(m)).Append("\n\n");
        text.Append("Site: ").Append(m.SiteId).Append('\n');
        if (m.IncidentId is { } incident)
        {
            text.Append("Incident: ").Append(incident).Append('\n');
        }

        text.Append("Tier: ").Append(m.Tier).Append(" (").Append(WireNames.Of(m.Reason)).Append(")\n\n");
        foreach (var item in m.Items)
        {
            text.Append("- ").Append(MessageText.Line(item)).Append('\n');
            if (item.AckUrl is { } link)
            {
                text.Append("  Acknowledge: ").Append(link).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Html(OutboundNotification m)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.Append("<h2>").Append(E(MessageText.Title(m))).Append("</h2>");
        html.Append("<p>Site <b>").Append(E(m.SiteId)).Append("</b>");
        if (m.IncidentId is { } incident)
        {
            html.Append(", incident ").Append(E(incident));
        }

        html.Append(", tier ").Append(m.Tier).Append(" (").Append(E(WireNames.Of(m.Reason))).Append(")</p><ul>");
        foreach (var item in m.Items)
        {
            html.Append("<li>").Append(E(MessageText.Line(item)));
            if (item.AckUrl is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                html.Append(" — <a href=\"").Append(E(link)).Append("\">Acknowledge</a>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
