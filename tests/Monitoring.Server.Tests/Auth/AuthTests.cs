using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Auth;

/// <summary>Missing or unknown key: 401; a role that does not allow the request: 403; both as problem+json.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthTests(ApiHostFixture host)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "api/v1/telemetry" },
        { "GET", "api/v1/guards/g-1" },
        { "POST", "api/v1/guards/g-1/evaluate" },
        { "GET", "api/v1/devices/d-1" },
        { "GET", "api/v1/sites/s-1" },
        { "GET", "api/v1/sites/s-1/guards" },
        { "PUT", "api/v1/sites/s-1" },
        { "GET", "api/v1/alerts" },
        { "GET", "api/v1/alerts/a-1" },
        { "POST", "api/v1/alerts/a-1/acknowledge" },
        { "POST", "api/v1/alerts/a-1/verify" },
        { "POST", "api/v1/alerts/a-1/resolve" },
        { "GET", "api/v1/admin/clock" },
        { "POST", "api/v1/admin/clock" },
        { "PUT", "api/v1/admin/clock" },
        { "GET", "api/v1/admin/memory" },
    };

    public static TheoryData<string, string, string> Forbidden => new()
    {
        { Keys.Device, "GET", "api/v1/guards/g-1" },
        { Keys.Device, "GET", "api/v1/devices/d-1" },
        { Keys.Device, "GET", "api/v1/sites/s-1" },
        { Keys.Device, "GET", "api/v1/sites/s-1/guards" },
        { Keys.Device, "GET", "api/v1/alerts" },
        { Keys.Device, "GET", "api/v1/alerts/a-1" },
        { Keys.Device, "POST", "api/v1/alerts/a-1/acknowledge" },
        { Keys.Device, "PUT", "api/v1/sites/s-1" },
        { Keys.Device, "POST", "api/v1/admin/clock" },
        { Keys.Viewer, "POST", "api/v1/telemetry" },
        { Keys.Viewer, "POST", "api/v1/guards/g-1/evaluate" },
        { Keys.Viewer, "POST", "api/v1/alerts/a-1/acknowledge" },
        { Keys.Viewer, "POST", "api/v1/alerts/a-1/verify" },
        { Keys.Viewer, "POST", "api/v1/alerts/a-1/resolve" },
        { Keys.Viewer, "PUT", "api/v1/sites/s-1" },
        { Keys.Viewer, "GET", "api/v1/admin/clock" },
        { Keys.Operator, "POST", "api/v1/telemetry" },
        { Keys.Operator, "PUT", "api/v1/sites/s-1" },
        { Keys.Operator, "GET", "api/v1/admin/clock" },
        { Keys.Operator, "POST", "api/v1/admin/clock" },
        { Keys.Operator, "PUT", "api/v1/admin/clock" },
        { Keys.Admin, "GET", "api/v1/admin/clock" },
        { Keys.Admin, "POST", "api/v1/admin/clock" },
        { Keys.Admin, "PUT", "api/v1/admin/clock" },
        { Keys.Admin, "GET", "api/v1/admin/memory" },
    };

    public static TheoryData<string, string> TenantEndpoints => new()
    {
        { "POST", "api/v1/telemetry" },
        { "GET", "api/v1/alerts" },
        { "GET", "api/v1/guards/g-1" },
        { "PUT", "api/v1/sites/s-1" },
        { "POST", "api/v1/alerts/a-1/acknowledge" },
        { "GET", "api/v1/rules" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_NoKey_Is401Problem(string method, string path)
    {
        var response = await host.Anonymous.SendAsync(Request(method, path));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_UnknownKey_Is401Problem(string method, string path)
    {
        var response = await host.Client("not-a-key").SendAsync(Request(method, path));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Endpoint_RoleNotAllowed_Is403Problem(string role, string method, string path)
    {
        var response = await host.Client(Keys.For(Keys.T1, role)).SendAsync(Request(method, path));

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TenantEndpoints))]
    public async Task TenantEndpoint_SystemKey_Is403Problem(string method, string path)
    {
        var response = await host.HostWide().SendAsync(Request(method, path));

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Memory_SystemKey_IsAllowed()
    {
        var memory = await host.HostWide().GetJsonAsync("api/v1/admin/memory");

        Assert.True(memory.GetProperty("managedBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Endpoint_KeyOfOtherCase_Is401()
    {
        var response = await host.Client(Keys.For(Keys.T1, Keys.Admin).ToUpperInvariant()).GetAsync("api/v1/alerts");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Keys.Viewer)]
    [InlineData(Keys.Operator)]
    [InlineData(Keys.Admin)]
    public async Task ReadEndpoint_ReaderRoles_AreAllowed(string role)
    {
        var client = host.Client(Keys.For(Keys.T1, role));

        await client.GetJsonAsync("api/v1/alerts");
        await (await client.GetAsync($"api/v1/guards/{Fresh.Id("guard")}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_DeviceKey_MayIngest()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.SendAsync(phone.Event("heartbeat", now));

        Assert.Equal(1, result.Int("accepted"));
    }

    [Fact]
    public async Task Health_NoKey_IsAllowed()
    {
        await host.Anonymous.GetJsonAsync("api/v1/health");
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "GET" ? null : JsonContent.Create(new { }),
    };
}
