using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Feed;

/// <summary>
/// A hub client that subscribes, then reads only a trickle (1 KiB a second: far behind a busy feed,
/// yet above Kestrel's minimum response data rate, so Kestrel does not drop it) until told to stop
/// reading altogether; it keeps sending pings, so the server's client timeout never drops it. It
/// speaks the JSON hub protocol over a plain WebSocket with small buffers: the SignalR .NET client
/// reads on into an unbounded queue whatever its handlers do, so it cannot fall behind like a frozen
/// browser tab.
/// </summary>
public sealed class StalledClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly SocketsHttpHandler _handler;
    private readonly CancellationTokenSource _stop = new();
    private Task _pings = Task.CompletedTask;
    private Task _trickle = Task.CompletedTask;
    private volatile bool _stopReading;

    private StalledClient(ClientWebSocket socket, SocketsHttpHandler handler) => (_socket, _handler) = (socket, handler);

    /// <summary>Connects, subscribes to each request (JSON objects as the hub takes them), waits for the answers, and stops reading.</summary>
    public static async Task<StalledClient> ConnectAsync(HostFixture host, string apiKey, params object[] subscriptions)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 4096 };
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var ws = new ClientWebSocket();
        ws.Options.SetBuffer(1024, 1024);
        ws.Options.SetRequestHeader("X-Api-Key", apiKey);
        var uri = new UriBuilder(new Uri(host.BaseAddress, "hubs/monitoring")) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await ws.ConnectAsync(uri, new HttpMessageInvoker(handler, disposeHandler: false), timeout.Token);
        var client = new StalledClient(ws, handler);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}", timeout.Token);
        await client.ReadUntilAsync(text => text.Contains(Separator, StringComparison.Ordinal), timeout.Token);
        for (var i = 0; i < subscriptions.Length; i++)
        {
            var arguments = System.Text.Json.JsonSerializer.Serialize(subscriptions[i]);
            await client.SendAsync($"{{\"type\":1,\"invocationId\":\"{i}\",\"target\":\"Subscribe\",\"arguments\":[{arguments}]}}", timeout.Token);
        }

        await client.ReadUntilAsync(
            text => Enumerable.Range(0, subscriptions.Length).All(i => text.Contains($"\"invocationId\":\"{i}\"", StringComparison.Ordinal)),
            timeout.Token);
        client._pings = client.PingAsync();
        client._trickle = client.TrickleAsync();
        return client;
    }

    /// <summary>Stops the trickle: from now on the client reads nothing.</summary>
    public Task StopReadingAsync()
    {
        _stopReading = true;
        return _trickle;
    }

    // Never cancelled mid-receive (that aborts a WebSocket): it stops between reads.
    private async Task TrickleAsync()
    {
        var buffer = new byte[1024];
        try
        {
            while (!_stopReading)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                if (!_stopReading)
                {
                    await _socket.ReceiveAsync(buffer, CancellationToken.None);
                }
            }
        }
        catch (WebSocketException)
        {
        }
    }

    /// <summary>Reads again, draining what the server buffered: true when the server ends the connection within <paramref name="within"/>.</summary>
    public async Task<bool> ReadToEndAsync(TimeSpan within)
    {
        await StopReadingAsync();
        using var timeout = new CancellationTokenSource(within);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return true;
                }
            }
        }
        catch (WebSocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task SendAsync(string message, CancellationToken ct) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message + Separator), WebSocketMessageType.Text, endOfMessage: true, ct);

    private async Task ReadUntilAsync(Func<string, bool> done, CancellationToken ct)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        while (!done(text.ToString()))
        {
            var result = await _socket.ReceiveAsync(buffer, ct);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    private async Task PingAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), _stop.Token);
                await SendAsync("{\"type\":6}", _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pings;
        _stopReading = true;
        _socket.Abort();
        _socket.Dispose();
        _handler.Dispose();
        _stop.Dispose();
    }
}
