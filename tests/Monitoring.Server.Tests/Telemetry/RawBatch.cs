using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// Batches written byte by byte, for what a JSON serializer never writes: lone surrogate escapes,
/// escaped control characters, invalid UTF-8.
/// </summary>
internal static class RawBatch
{
    /// <summary>Put this string value where the raw bytes go.</summary>
    public const string Slot = "slot-7f3a1c";

    /// <summary>The batch of <paramref name="events"/> as UTF-8, with the JSON string <see cref="Slot"/> replaced by <paramref name="raw"/>.</summary>
    public static byte[] Of(byte[] raw, params JsonObject[] events)
    {
        var json = new JsonObject { ["events"] = new JsonArray([.. events.Select(e => e.DeepClone())]) }.ToJsonString();
        var at = json.IndexOf($"\"{Slot}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "No slot in the batch.");
        return [.. Utf8(json[..at]), .. raw, .. Utf8(json[(at + Slot.Length + 2)..])];
    }

    /// <summary>A JSON string literal: <paramref name="written"/> between quotes, escapes as written.</summary>
    public static byte[] String(string written) => Utf8($"\"{written}\"");

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync("api/v1/telemetry", content);
    }
}
