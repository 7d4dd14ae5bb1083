using Scalar.AspNetCore;

namespace Monitoring.Server.Operations;

/// <summary>
/// The API reference page (Scalar) drawn from <c>/openapi/v1.json</c>, open without a key like the
/// document itself. Everything it loads comes from this host: Scalar's bundle is served from the
/// package under the page's path, the CDN fonts, telemetry, the AI agent and MCP are switched off,
/// and its inline start-up script carries a fresh nonce per request (<see cref="OperationsCsp"/>).
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api-reference";

    public static void MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, o =>
        {
            o.Title = "Monitoring.Orleans API";
            o.OpenApiRoutePattern = "/openapi/{documentName}.json";
            o.DefaultFonts = false;
            o.Telemetry = false;
            o.DynamicNonce = true;
            o.DisableAgent();
            o.DisableMcp();
        }).AllowAnonymous();
    }

    /// <summary>The nonce Scalar wrote into this answer's script tags, if it drew the page.</summary>
    public static string? NonceOf(HttpContext context) =>
        context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) ? nonce as string : null;
}
