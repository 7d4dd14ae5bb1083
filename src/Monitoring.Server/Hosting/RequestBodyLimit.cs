using Microsoft.AspNetCore.Mvc;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Hosting;

/// <summary>
/// A small body limit for every endpoint (<c>Monitoring:MaxRequestBodyBytes</c>, 64 KiB by default),
/// set on Kestrel itself; ingest raises its own to the 4 MiB a batch may take. Over the limit,
/// reading the body fails and the error handler answers 413 problem+json.
/// </summary>
internal static class RequestBodyLimit
{
    public static WebApplicationBuilder AddRequestBodyLimit(this WebApplicationBuilder builder, long maxBytes)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBytes);
        return builder;
    }

    /// <summary>
    /// The ingest endpoint's own limits and the ingest rate bucket. The handler refuses a body over
    /// the batch's 4 MiB itself; Kestrel's bound is the larger one up to which a refused body is
    /// still read (<see cref="BodyReader.MaxDrainedBytes"/>), so the client gets its 413.
    /// </summary>
    public static RouteHandlerBuilder WithIngestLimits(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new RequestSizeLimitAttribute(BodyReader.MaxDrainedBytes)).WithIngestRateLimit();
}
