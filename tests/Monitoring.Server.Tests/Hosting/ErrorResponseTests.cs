using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Hosting;

/// <summary>Errors outside any handler are problem+json too.</summary>
[Collection(ApiCollection.Name)]
public sealed class ErrorResponseTests(ApiHostFixture host)
{
    [Theory]
    [InlineData("GET", "api/v1/nothing")]
    [InlineData("GET", "api/v2/alerts")]
    [InlineData("POST", "api/v1/guards")]
    [InlineData("GET", "")]
    public async Task UnknownRoute_Is404Problem(string method, string path)
    {
        var response = await host.Admin().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ActionBody_NotJson_Is415Problem()
    {
        var response = await host.Operator().PostAsync(
            $"api/v1/alerts/{Fresh.Id("alr")}/acknowledge", new StringContent("{\"by\": \"op\"}", System.Text.Encoding.UTF8, "text/plain"));

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task WrongMethod_Is405Problem()
    {
        var response = await host.Admin().DeleteAsync("api/v1/telemetry");

        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
