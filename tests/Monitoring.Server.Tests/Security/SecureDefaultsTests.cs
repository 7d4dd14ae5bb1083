using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Security;

/// <summary>Every endpoint needs a key unless declared anonymous; headers on every answer; a small body limit but for ingest.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class SecureDefaultsTests(ApiHostFixture host)
{
    // The acknowledge links and PagerDuty's webhooks carry their own credential: a signed token, a
    // signed body. The API reference is the OpenAPI document drawn as a page, with Scalar's files.
    private static readonly string[] DeclaredAnonymous =
    [
        "/api/v1/health", "/metrics", "/openapi/{documentName}.json", "/api/v1/ack/{token}", "/api/v1/integrations/pagerduty/{tenant}",
        "/api-reference/{documentName?}", "/api-reference/scalar.js", "/api-reference/scalar.aspnetcore.js", "/api-reference/favicon.svg",
    ];

    [Fact]
    public void Endpoints_DeclaredAnonymous_AreHealthMetricsOpenApiApiReferenceAndSignedLinksOnly()
    {
        var anonymous = Routes().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText!).Distinct();

        Assert.Equal(DeclaredAnonymous.Order(StringComparer.Ordinal), anonymous.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryOtherEndpoint_NoKey_Is401Problem()
    {
        var checkedRoutes = 0;
        foreach (var endpoint in Routes().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = Parameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "x");
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
                };
                var response = await host.Anonymous.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} /{path}: {(int)response.StatusCode}");
                checkedRoutes++;
            }
        }

        Assert.True(checkedRoutes > 20, $"only {checkedRoutes} routes");
    }

    [Fact]
    public async Task AnyAnswer_CarriesCspNosniffAndNoFraming()
    {
        foreach (var response in new[] { await host.Anonymous.GetAsync("api/v1/health"), await host.Anonymous.GetAsync("api/v1/alerts") })
        {
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        }
    }

    [Fact]
    public async Task OperatorEndpoint_BodyOverTheSmallLimit_Is413Problem()
    {
        var body = new JsonObject { ["by"] = "night lead", ["note"] = new string('x', 100 * 1024) }.ToJsonString();

        var response = await host.Operator().PostRawAsync($"api/v1/alerts/{Fresh.Id("alert")}/acknowledge", body);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AdminEndpoint_BodyOverTheSmallLimit_Is413Problem()
    {
        var body = new JsonObject { ["name"] = new string('x', 70 * 1024), ["timeZone"] = "UTC", ["lat"] = 1, ["lon"] = 1, ["geofenceRadiusM"] = 100 }.ToJsonString();

        var response = await host.Admin().PutAsync($"api/v1/sites/{Fresh.Id("site")}", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Ingest_BodyOfHalfAMebibyte_IsAccepted()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var events = Enumerable.Range(0, 2500).Select(_ => phone.Event("heartbeat", now)).ToArray();
        var body = new JsonObject { ["events"] = new JsonArray(events) }.ToJsonString();
        Assert.InRange(Encoding.UTF8.GetByteCount(body), 128 * 1024, 4 * 1024 * 1024);

        var result = await (await host.Device().PostRawAsync("api/v1/telemetry", body)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(events.Length, result.Int("accepted"));
    }

    private IEnumerable<RouteEndpoint> Routes() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
