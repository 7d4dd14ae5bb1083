using System.Globalization;
using System.Text.Encodings.Web;
using Monitoring.Contracts.Alerts;

namespace Monitoring.Server.Apis;

/// <summary>The small HTML pages of an acknowledge link: the alert and a button (a GET changes nothing, so mail scanners that open links do no harm), and the outcome.</summary>
internal static class AckPage
{
    public static string Confirm(Alert alert, string contactName) => Page(
        "Acknowledge alert",
        Facts(alert) + (alert.Status == Domain.Alerts.AlertStatus.Active
            ? $"<form method=\"post\"><button type=\"submit\">Acknowledge as {Encode(contactName)}</button></form>"
            : $"<p>Nothing to do: the alert is {Encode(WireEnums.Name(alert.Status))}.</p>"));

    public static string Done(Alert alert) => Page(
        "Alert acknowledged",
        Facts(alert) + $"<p>Acknowledged by {Encode(alert.AcknowledgedBy ?? "someone")}.</p>");

    public static string Closed(Alert alert) => Page(
        "Alert already handled",
        Facts(alert) + $"<p>The alert is {Encode(WireEnums.Name(alert.Status))}; nothing was changed.</p>");

    private static string Facts(Alert alert) =>
        "<dl>" +
        Row("Alert", alert.AlertId) + Row("Type", alert.Type) + Row("Severity", WireEnums.Name(alert.Severity)) +
        Row("Status", WireEnums.Name(alert.Status)) + Row("Site", alert.SiteId) + Row("Guard", alert.GuardId ?? "-") +
        Row("Raised", alert.RaisedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)) +
        "</dl>";

    private static string Row(string name, string value) => $"<dt>{name}</dt><dd>{Encode(value)}</dd>";

    private static string Page(string title, string body) =>
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">" +
        $"<title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
