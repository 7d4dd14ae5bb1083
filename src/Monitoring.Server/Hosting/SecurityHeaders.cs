namespace Monitoring.Server.Hosting;

/// <summary>
/// Headers on every answer, for the dashboard's sake: scripts, styles, images and connections
/// (SignalR's WebSocket included) from this origin only, no framing by any page, and no MIME
/// sniffing. The dashboard has no inline script or style to allow; the API reference and the
/// Orleans Dashboard get their own policy on their own paths (<see cref="Operations.OperationsCsp"/>).
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Set once the answer starts: the exception handler clears headers set before it runs.
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Operations.OperationsCsp.For(context) ?? ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
