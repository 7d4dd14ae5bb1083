using System.Text.Json;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Monitoring.Server.Audit;

/// <summary>
/// Reads a resource through its own GET: the GET endpoint on the same route as the audited request,
/// run in-process for the same caller and route values, its JSON answer kept as it is.
/// </summary>
internal static class ResourceReader
{
    public static async Task<string?> ReadAsync(HttpContext http)
    {
        if (http.GetEndpoint() is not RouteEndpoint current || Find(http.RequestServices, current.RoutePattern) is not { RequestDelegate: { } get } endpoint)
        {
            return null;
        }

        var probe = new DefaultHttpContext { RequestServices = http.RequestServices, User = http.User };
        probe.Request.Method = HttpMethods.Get;
        probe.Request.Path = http.Request.Path;
        foreach (var (name, value) in http.Request.RouteValues)
        {
            probe.Request.RouteValues[name] = value;
        }

        probe.SetEndpoint(endpoint);
        await using var body = new MemoryStream();
        probe.Response.Body = body;
        await get(probe);
        if (probe.Response.StatusCode != StatusCodes.Status200OK)
        {
            return null;
        }

        body.Position = 0;
        using var document = await JsonDocument.ParseAsync(body);
        return document.RootElement.GetRawText();
    }

    private static RouteEndpoint? Find(IServiceProvider services, RoutePattern pattern) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().FirstOrDefault(e =>
            string.Equals(e.RoutePattern.RawText, pattern.RawText, StringComparison.Ordinal)
            && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true);
}
