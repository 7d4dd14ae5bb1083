using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>JSON calls to the host's API for the cluster tests, and reading the answers.</summary>
internal static class ApiJson
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>GET that must answer 2xx; the message names the path, the status and the body otherwise.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    /// <summary>Sends <paramref name="body"/> as JSON; returns the status and the answer (undefined when empty).</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Web) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }

    /// <summary>Every alert matching <paramref name="query"/> (e.g. <c>type=inactivity&amp;status=active</c>), all pages.</summary>
    public static async Task<List<JsonElement>> AllAlertsAsync(this HttpClient client, string query)
    {
        var alerts = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"api/v1/alerts?{query}&limit=500" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            alerts.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.Text("nextCursor");
        }
        while (cursor is not null);
        return alerts;
    }

    /// <summary>Every feed envelope after <paramref name="after"/>, oldest first, all pages.</summary>
    public static async Task<List<JsonElement>> AllEventsAsync(this HttpClient client, long after)
    {
        var envelopes = new List<JsonElement>();
        string? cursor = after.ToString(CultureInfo.InvariantCulture);
        do
        {
            var page = await client.GetJsonAsync($"api/v1/events?after={cursor}&limit=1000");
            envelopes.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.Text("nextCursor");
        }
        while (cursor is not null);
        return envelopes;
    }

    /// <summary>A string property, or null when it is missing or null (or the element is no object).</summary>
    public static string? Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A date-time property, or null when it is missing or null (or the element is no object).</summary>
    public static DateTimeOffset? Time(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;
}
