using System.Globalization;
using System.Text.Json;

namespace Monitoring.Cli.Api;

/// <summary>Reading the API's answers loosely: a missing or null property is an empty text.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => "",
                JsonValueKind.String => value.GetString() ?? "",
                _ => value.GetRawText(),
            }
            : "";

    public static JsonElement Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static IEnumerable<JsonElement> Items(this JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray(),
            JsonValueKind.Object when element.Get("items").ValueKind == JsonValueKind.Array => element.Get("items").EnumerateArray(),
            _ => [],
        };

    public static int Int(this JsonElement element, string name) =>
        int.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>An ISO time shortened to what an operator reads: <c>2026-12-05 10:00:00</c>.</summary>
    public static string Time(this JsonElement element, string name) =>
        DateTimeOffset.TryParse(element.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "";

    public static string Pretty(JsonElement element) => JsonSerializer.Serialize(element, Indented);
}
