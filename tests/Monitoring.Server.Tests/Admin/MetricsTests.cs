using System.Net;
using System.Text.RegularExpressions;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Admin;

/// <summary><c>GET /metrics</c>: Prometheus text, no key, counting what ingest acknowledged.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class MetricsTests(ApiHostFixture host)
{
    [Fact]
    public async Task Metrics_AfterAnAcceptedEvent_CountsItWithoutAKey()
    {
        var before = await AcceptedAsync();
        var phone = new Phone(host);
        await phone.SendAsync([phone.ShiftStart(await host.NowAsync())]);

        var after = await AcceptedAsync();

        Assert.True(after >= before + 1, $"accepted went from {before} to {after}");
    }

    private async Task<double> AcceptedAsync()
    {
        var response = await host.Anonymous.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        var match = AcceptedLine().Match(text);
        return match.Success ? double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("""^monitoring_ingest_events_total\{outcome="accepted"\} (\S+)$""", RegexOptions.Multiline)]
    private static partial Regex AcceptedLine();
}
