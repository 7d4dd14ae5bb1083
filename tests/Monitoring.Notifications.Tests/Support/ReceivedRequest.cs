using System.Text.Json;

namespace Monitoring.Notifications.Tests.Support;

/// <summary>One request a test receiver got, and the status it answered.</summary>
internal sealed record ReceivedRequest(string Path, string? IdempotencyKey, IReadOnlyDictionary<string, string> Headers, string Body, int Status)
{
    public bool Accepted => Status is >= 200 and < 300;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
