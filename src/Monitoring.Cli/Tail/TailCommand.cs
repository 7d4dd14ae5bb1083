using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;

namespace Monitoring.Cli.Tail;

/// <summary>
/// <c>tail</c>: follows the live feed (<c>/hubs/monitoring</c>) of the tenant, a site or a guard and
/// prints one line per envelope. A lost connection is retried for as long as the tail runs; once
/// back, it re-subscribes and prints what the event log holds since the last envelope seen.
/// </summary>
internal sealed class TailCommand(Terminal terminal) : OperatorCommand<TailOptions>(terminal)
{
    protected override async Task<int> RunAsync(ApiClient api, TailOptions o, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (o.Seconds is { } seconds)
        {
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var printer = new EnvelopePrinter(Terminal.Lines, o, () => stop.Cancel());
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.BaseAddress, "hubs/monitoring"), h =>
            {
                h.Headers["X-Api-Key"] = api.Key;
                h.Transports = HttpTransportType.WebSockets;
                h.SkipNegotiation = true;
            })
            .WithAutomaticReconnect(new ForeverRetry())
            .Build();
        connection.On<JsonElement>("event", printer.Print);
        connection.On<JsonElement[]>("events", batch => Array.ForEach(batch, printer.Print));
        connection.Reconnecting += e =>
            Terminal.Errors.WriteLineAsync($"tail: connection lost ({e?.Message ?? "closed"}), reconnecting");
        connection.Reconnected += async _ =>
        {
            var after = printer.LastSeq;
            await SubscribeAsync(connection, o, stop.Token);
            await Terminal.Errors.WriteLineAsync($"tail: reconnected; catching up after #{after}");
            await CatchUpAsync(api, printer, after, stop.Token);
        };

        try
        {
            await connection.StartAsync(stop.Token);
            await SubscribeAsync(connection, o, stop.Token);
            var scope = o.Guard is { } g ? $"guard {g}" : o.Site is { } s ? $"site {s}" : "the whole tenant";
            await Terminal.Errors.WriteLineAsync($"tail: following {scope} on {api.BaseAddress} (Ctrl+C stops)");
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C, --seconds or --count: a normal end.
        }
        catch (HubException e)
        {
            await Terminal.Errors.WriteLineAsync($"tail: the hub refused: {e.Message}");
            return 1;
        }
        catch (WebSocketException e)
        {
            // A wrong key or role is refused at the WebSocket upgrade (401/403 instead of 101).
            await Terminal.Errors.WriteLineAsync($"tail: the hub refused the connection: {e.Message}");
            return 1;
        }

        return 0;
    }

    private static Task SubscribeAsync(HubConnection connection, TailOptions o, CancellationToken cancellationToken) =>
        connection.InvokeAsync("Subscribe", new { siteId = o.Site, guardId = o.Guard }, cancellationToken);

    private static async Task CatchUpAsync(ApiClient api, EnvelopePrinter printer, long after, CancellationToken cancellationToken)
    {
        var cursor = after;
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await api.GetAsync(Query.Path("api/v1/events", ("after", cursor), ("limit", 1000)), cancellationToken);
            printer.CatchUp(page.Items(), after);
            if (!long.TryParse(page.Text("nextCursor"), out var next) || next <= cursor)
            {
                return;
            }

            cursor = next;
        }
    }
}
