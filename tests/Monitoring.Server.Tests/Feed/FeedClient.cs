using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Feed;

/// <summary>A real SignalR .NET client on the hub, collecting every envelope it receives.</summary>
public sealed class FeedClient : IAsyncDisposable
{
    private readonly HubConnection _connection;

    private FeedClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("event", e => Received.Enqueue(e));
        _connection.On<JsonElement[]>("events", batch => Batches.Enqueue(batch));
    }

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    /// <summary>Arrays received by a batch subscription (one call per flush).</summary>
    public ConcurrentQueue<JsonElement[]> Batches { get; } = new();

    public static async Task<FeedClient> ConnectAsync(HostFixture host, string apiKey)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "hubs/monitoring"), o => o.Headers["X-Api-Key"] = apiKey)
            .Build();
        await connection.StartAsync();
        return new FeedClient(connection);
    }

    /// <summary>
    /// Connects with a bearer token as a browser does: in the <c>access_token</c> query value, which
    /// negotiate and the WebSocket both carry.
    /// </summary>
    public static async Task<FeedClient> ConnectWithTokenAsync(HostFixture host, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "hubs/monitoring?access_token=" + Uri.EscapeDataString(token)),
                Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets)
            .Build();
        await connection.StartAsync();
        return new FeedClient(connection);
    }

    public Task SubscribeAsync(string? siteId = null, string? guardId = null, bool batch = false) =>
        _connection.InvokeAsync("Subscribe", new { siteId, guardId, batch });

    public Task UnsubscribeAsync(string? siteId = null, string? guardId = null, bool batch = false) =>
        _connection.InvokeAsync("Unsubscribe", new { siteId, guardId, batch });

    /// <summary>Subscribes to the incident events of a site, or of the whole tenant without one.</summary>
    public Task SubscribeIncidentsAsync(string? siteId = null) =>
        _connection.InvokeAsync("Subscribe", new { siteId, incidents = true });

    /// <summary>Calls Subscribe with any body (a refused one throws the hub's error).</summary>
    public Task SubscribeRawAsync(object request) => _connection.InvokeAsync("Subscribe", request);

    public IEnumerable<JsonElement> Of(string type, string guardId) =>
        Received.Where(e => e.GetProperty("type").GetString() == type && e.GetProperty("guardId").GetString() == guardId);

    /// <summary>Waits until an envelope matches, or fails after 10 seconds.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var e in Received)
            {
                if (match(e))
                {
                    return e;
                }
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException("No matching envelope arrived within 10 s.");
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
