using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace Monitoring.Server.Hubs;

/// <summary>
/// What one dashboard connection may hold: subscriptions, buffered bytes each way, and how long a
/// send to it may wait before the connection is dropped (<c>Monitoring:Feed</c>).
/// </summary>
internal sealed record HubLimits(int SubscriptionsPerConnection, long ConnectionBufferBytes, TimeSpan SendTimeout)
{
    // A subscription is a few dozen bytes of JSON; nothing a client sends needs more.
    private const long MaxReceiveMessageBytes = 4 * 1024;

    public void Configure(HubOptions hub)
    {
        hub.MaximumReceiveMessageSize = MaxReceiveMessageBytes;
        // One call at a time per client (the default, stated): a client cannot run subscriptions in parallel.
        hub.MaximumParallelInvocationsPerClient = 1;
        // The hub has no streaming methods; the smallest buffer in case one is ever added.
        hub.StreamBufferCapacity = 1;
    }

    /// <summary>
    /// Bytes buffered per connection before backpressure: towards the client (a reader that stops
    /// makes its writes wait, and the relay drops it after <see cref="SendTimeout"/>) and from it.
    /// </summary>
    public void Configure(HttpConnectionDispatcherOptions connection)
    {
        // WebSockets only: every dashboard and client here speaks it, and a long-polling or event-stream
        // request would answer its errors in SignalR's plain text (HubTransportGuard answers ours).
        connection.Transports = HttpTransportType.WebSockets;
        connection.TransportMaxBufferSize = ConnectionBufferBytes;
        connection.ApplicationMaxBufferSize = ConnectionBufferBytes;
    }
}
