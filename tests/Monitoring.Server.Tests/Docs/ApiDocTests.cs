using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Docs;

/// <summary>docs/api.md and the OpenAPI document the host serves list the same routes (method and path).</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiDocTests(ApiHostFixture host)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    [Fact]
    public void ApiDoc_RouteRows_AllParse()
    {
        var (routes, malformed) = ApiDocRoutes.Read();

        Assert.True(malformed.Count == 0, $"Route rows of {ApiDocRoutes.FilePath} not in the form '| GET | /api/v1/path | ...':\n" + string.Join('\n', malformed));
        Assert.NotEmpty(routes);
    }

    [Fact]
    public async Task ApiDoc_EveryOpenApiRoute_IsDocumented()
    {
        var served = await OpenApiRoutesAsync();
        var (documented, _) = ApiDocRoutes.Read();

        var missing = served.Where(r => !documented.Contains(r)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"In the OpenAPI document but not in a route table of {ApiDocRoutes.FilePath}:\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task ApiDoc_EveryDocumentedRoute_IsInOpenApi()
    {
        var served = await OpenApiRoutesAsync();
        var (documented, _) = ApiDocRoutes.Read();

        var extra = documented.Where(r => !served.Contains(r)).Order(StringComparer.Ordinal).ToList();

        Assert.True(extra.Count == 0, $"In a route table of {ApiDocRoutes.FilePath} but not in the OpenAPI document:\n" + string.Join('\n', extra));
    }

    private async Task<HashSet<string>> OpenApiRoutesAsync()
    {
        var document = await host.Anonymous.GetJsonAsync("openapi/v1.json");
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.ValueKind == JsonValueKind.Object && Methods.Contains(operation.Name, StringComparer.OrdinalIgnoreCase))
                {
                    routes.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }

        Assert.NotEmpty(routes);
        return routes;
    }
}
