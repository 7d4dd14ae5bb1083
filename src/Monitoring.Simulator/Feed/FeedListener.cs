using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Monitoring.Simulator.Feed;

/// <summary>One dashboard-like SignalR client: WebSockets, key in the header, one subscription.</summary>
internal sealed class FeedListener : IAsyncDisposable
{
    private readonly HubConnection _connection;

    private FeedListener(HubConnection connection) => _connection = connection;

    /// <summary>
    /// Connects and subscribes to a site (or, with null, the whole tenant); every envelope goes to the
    /// board. Batched: one <c>events</c> array per group per flush instead of one <c>event</c> call each.
    /// </summary>
    public static async Task<FeedListener> ConnectAsync(
        Uri url, string key, string? siteId, bool batched, int client, ProbeBoard board, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(url, "hubs/monitoring"), o =>
            {
                o.Headers["X-Api-Key"] = key;
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        connection.ServerTimeout = TimeSpan.FromSeconds(60);
        connection.On<ProbeEnvelope>("event", e => board.OnEvent(client, e));
        connection.On<ProbeEnvelope[]>("events", batch =>
        {
            foreach (var e in batch)
            {
                board.OnEvent(client, e);
            }
        });
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync("Subscribe", new { siteId, batch = batched }, cancellationToken);
        return new FeedListener(connection);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
