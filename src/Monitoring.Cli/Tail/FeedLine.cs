using System.Text.Json;
using Monitoring.Cli.Api;

namespace Monitoring.Cli.Tail;

/// <summary>One envelope as one line: time, type, sequence, site, guard, and what changed.</summary>
internal static class FeedLine
{
    public static string Of(JsonElement envelope)
    {
        var data = envelope.Get("data");
        var what = envelope.Text("type") switch
        {
            "alert_raised" or "alert_updated" => Fields(data, "alertId", "type", "severity", "status"),
            "incident_opened" or "incident_updated" => Fields(data, "incidentId", "severity", "status"),
            "ticket_opened" or "ticket_updated" => Fields(data, "ticketId", "priority", "status", "assignee"),
            "silence_updated" => Fields(data, "silenceId", "status", "comment"),
            "guard_updated" => Named(data, "severity", "inactivityScore", "onShift"),
            "device_updated" => Fields(data, "deviceId") + " " + Named(data, "battery", "online"),
            _ => "",
        };
        return $"{envelope.Time("at")}  {envelope.Text("type"),-16} #{envelope.Text("seq"),-7} {Or(envelope.Text("siteId")),-12} {Or(envelope.Text("guardId")),-12} {what}".TrimEnd();
    }

    private static string Fields(JsonElement data, params string[] names) =>
        string.Join(' ', names.Select(n => data.Text(n)).Where(v => v.Length > 0));

    private static string Named(JsonElement data, params string[] names) =>
        string.Join(' ', names.Select(n => (n, data.Text(n))).Where(f => f.Item2.Length > 0).Select(f => $"{f.n}={f.Item2}"));

    private static string Or(string value) => value.Length > 0 ? value : "-";
}
