namespace Monitoring.Server.Hubs;

/// <summary>
/// Answers a plain HTTP request to the hub's connection endpoint (anything but a WebSocket upgrade;
/// negotiate is left alone) with a problem+json 400 before SignalR would answer it in plain text.
/// </summary>
internal static class HubTransportGuard
{
    public static IApplicationBuilder UseHubTransportGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Equals(MonitoringHub.Path, StringComparison.OrdinalIgnoreCase)
                && !IsWebSocketUpgrade(context.Request))
            {
                await TypedResults.Problem(
                    title: "Bad request",
                    detail: $"The live feed accepts WebSocket connections only: POST {MonitoringHub.Path}/negotiate, then connect with the id it gives.",
                    statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    // SignalR accepts the upgrade itself (no WebSockets middleware runs before it), so the request's
    // own headers say what it is: an HTTP/1.1 upgrade or an HTTP/2 extended CONNECT.
    private static bool IsWebSocketUpgrade(HttpRequest request) =>
        HttpMethods.IsConnect(request.Method)
        || request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase);
}
