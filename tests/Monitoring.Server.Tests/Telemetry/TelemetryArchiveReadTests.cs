using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>The archive is PostgreSQL's: the embedded default says so instead of answering empty.</summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryArchiveReadTests(ApiHostFixture host)
{
    [Fact]
    public async Task ArchiveRead_Embedded_404NamingTheSetting()
    {
        var problem = await (await host.Viewer().GetAsync("api/v1/telemetry/d-1")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("ConnectionStrings__Postgres", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArchiveRead_DeviceKey_403()
    {
        var response = await host.Device().GetAsync("api/v1/telemetry/d-1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
