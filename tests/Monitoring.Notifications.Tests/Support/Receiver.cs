using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Monitoring.Notifications.Channels;

namespace Monitoring.Notifications.Tests.Support;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel) standing for the outside world:
/// <c>/hook/{mode}</c> checks the webhook signature and timestamp (401 when wrong) and then answers
/// by mode: <c>ok</c>; <c>flaky{n}</c> fails the first n requests of each idempotency key with 500;
/// <c>alternate</c> fails every other request; <c>down</c> always fails. <c>/pagerduty</c> follows the
/// Events API v2 contract; <c>/slack</c>, <c>/teams</c> and <c>/sms</c> take what they get (the SMS
/// gateway checks a signature when one is sent). Every request is kept with the status it got.
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    public const string Secret = "receiver-secret-7c1f";
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _seenPerKey = new(StringComparer.Ordinal);
    private int _alternate;

    private Receiver(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public static async Task<Receiver> StartAsync()
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var receiver = new Receiver(app, new Uri($"http://127.0.0.1:{port}/"));
        app.MapPost("/hook/{mode}", (string mode, HttpContext http) => receiver.OnAsync(http, r => receiver.Hook(mode, r)));
        app.MapPost("/pagerduty", (HttpContext http) => receiver.OnAsync(http, PagerDuty));
        app.MapPost("/slack", (HttpContext http) => receiver.OnAsync(http, _ => (200, "ok")));
        app.MapPost("/teams", (HttpContext http) => receiver.OnAsync(http, _ => (202, string.Empty)));
        app.MapPost("/sms", (HttpContext http) => receiver.OnAsync(http, r =>
            !r.Headers.ContainsKey(WebhookSignature.SignatureHeader) || Verified(r) ? (200, "{\"queued\":true}") : (401, "bad signature")));
        await app.StartAsync();
        return receiver;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public IReadOnlyList<ReceivedRequest> On(string path) => [.. Requests.Where(r => r.Path == path)];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task OnAsync(HttpContext http, Func<ReceivedRequest, (int Status, string Body)> answer)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        headers.TryGetValue(WebhookSignature.IdempotencyHeader, out var key);
        var request = new ReceivedRequest(http.Request.Path.Value ?? string.Empty, key, headers, body, 0);
        var (status, text) = answer(request);
        Requests.Enqueue(request with { Status = status });
        http.Response.StatusCode = status;
        if (text.Length > 0)
        {
            http.Response.ContentType = text.StartsWith('{') ? "application/json" : "text/plain";
            await http.Response.WriteAsync(text);
        }
    }

    private (int, string) Hook(string mode, ReceivedRequest r)
    {
        if (!Verified(r))
        {
            return (401, "bad signature or stale timestamp");
        }

        var nth = _seenPerKey.AddOrUpdate(r.Path + "|" + r.IdempotencyKey, 1, (_, n) => n + 1);
        var fail = mode switch
        {
            "ok" => false,
            "down" => true,
            "alternate" => Interlocked.Increment(ref _alternate) % 2 == 1,
            _ when mode.StartsWith("flaky", StringComparison.Ordinal) => nth <= int.Parse(mode[5..], System.Globalization.CultureInfo.InvariantCulture),
            _ => true,
        };
        return fail ? (500, "receiver failing on purpose") : (200, "{\"ok\":true}");
    }

    private static bool Verified(ReceivedRequest r) =>
        r.Headers.TryGetValue(WebhookSignature.TimestampHeader, out var timestamp)
        && r.Headers.TryGetValue(WebhookSignature.SignatureHeader, out var signature)
        && WebhookSignature.Verify(Secret, timestamp, signature, Encoding.UTF8.GetBytes(r.Body), DateTimeOffset.UtcNow, Tolerance);

    private static (int, string) PagerDuty(ReceivedRequest r)
    {
        var errors = PagerDutyErrors(r.Body);
        if (errors.Count > 0)
        {
            return (400, JsonSerializer.Serialize(new { status = "invalid event", message = "Event object is invalid", errors }));
        }

        var dedup = JsonDocument.Parse(r.Body).RootElement.GetProperty("dedup_key").GetString();
        return (202, JsonSerializer.Serialize(new { status = "success", message = "Event processed", dedup_key = dedup }));
    }

    /// <summary>What Events API v2 would refuse in the body (a test receiver's reading of the contract).</summary>
    public static List<string> PagerDutyErrors(string body)
    {
        var errors = new List<string>();
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return ["body is not JSON"];
        }

        if (Text(root, "routing_key") is not { Length: 32 })
        {
            errors.Add("routing_key must be a 32-character integration key");
        }

        var action = Text(root, "event_action");
        if (action is not ("trigger" or "acknowledge" or "resolve"))
        {
            errors.Add("event_action must be trigger, acknowledge or resolve");
        }

        if (action is "acknowledge" or "resolve" && Text(root, "dedup_key") is not { Length: > 0 })
        {
            errors.Add("dedup_key is required to acknowledge or resolve");
        }

        if (Text(root, "dedup_key") is { Length: > 255 })
        {
            errors.Add("dedup_key is longer than 255 characters");
        }

        if (action == "trigger")
        {
            if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            {
                errors.Add("payload is required to trigger");
            }
            else
            {
                if (Text(payload, "summary") is not { Length: > 0 and <= 1024 })
                {
                    errors.Add("payload.summary is required (at most 1024 characters)");
                }

                if (Text(payload, "source") is not { Length: > 0 })
                {
                    errors.Add("payload.source is required");
                }

                if (Text(payload, "severity") is not ("critical" or "error" or "warning" or "info"))
                {
                    errors.Add("payload.severity must be critical, error, warning or info");
                }
            }
        }

        return errors;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
