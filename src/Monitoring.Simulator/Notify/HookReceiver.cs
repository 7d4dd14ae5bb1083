using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Monitoring.Simulator.Notify;

/// <summary>
/// A webhook receiver on 127.0.0.1 as a customer would run one: it checks each request's
/// HMAC-SHA256 signature and timestamp, refuses a share of requests on purpose (answering 500 after
/// reading them, as a receiver that crashed mid-way would), and records every request.
/// </summary>
internal sealed class HookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _secret;
    private readonly double _failRate;
    private readonly Random _rng;
    private readonly ConcurrentQueue<HookReceipt> _receipts = new();
    private readonly Task _loop;

    public HookReceiver(string secret, double failRate, int seed)
    {
        _secret = Encoding.UTF8.GetBytes(secret);
        _failRate = failRate;
        _rng = new Random(seed);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    public int Port { get; }

    public IReadOnlyCollection<HookReceipt> Receipts => _receipts;

    public string UrlOf(string contactId) => $"http://127.0.0.1:{Port}/hook/{Uri.EscapeDataString(contactId)}";

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop with one of these.
        }

        _listener.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var at = DateTimeOffset.UtcNow;
        using var reader = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(reader);
        var body = reader.ToArray();
        var valid = SignatureHolds(context.Request.Headers, body, at);
        bool fail;
        lock (_rng)
        {
            fail = _rng.NextDouble() < _failRate;
        }

        var accepted = valid && !fail;
        var (tier, reason, alerts) = Parse(body);
        var contact = Uri.UnescapeDataString(context.Request.Url?.Segments.LastOrDefault() ?? "");
        _receipts.Enqueue(new HookReceipt(contact, context.Request.Headers["Idempotency-Key"] ?? "", at, accepted, valid, tier, reason, alerts));
        context.Response.StatusCode = accepted ? 200 : valid ? 500 : 401;
        context.Response.Close();
    }

    private bool SignatureHolds(System.Collections.Specialized.NameValueCollection headers, byte[] body, DateTimeOffset now)
    {
        if (!long.TryParse(headers["X-Monitoring-Timestamp"], out var unix)
            || Math.Abs(now.ToUnixTimeSeconds() - unix) > 300
            || headers["X-Monitoring-Signature"] is not { } signature
            || !signature.StartsWith("v1=", StringComparison.Ordinal))
        {
            return false;
        }

        var signed = Encoding.UTF8.GetBytes(unix.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".").Concat(body).ToArray();
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, signed));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature[3..]));
    }

    private static (int Tier, string Reason, IReadOnlyList<string> Alerts) Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var tier = root.TryGetProperty("tier", out var t) && t.TryGetInt32(out var n) ? n : -1;
            var reason = root.TryGetProperty("reason", out var r) ? r.GetString() ?? "" : "";
            var alerts = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
                ? items.EnumerateArray().Select(i => i.TryGetProperty("alertId", out var id) ? id.GetString() ?? "" : "").ToArray()
                : [];
            return (tier, reason, alerts);
        }
        catch (JsonException)
        {
            return (-1, "", []);
        }
    }
}
