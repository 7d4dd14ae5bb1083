using Monitoring.Server.Tests.Fixtures;
using Monitoring.Tests.Shared.Hostile;
using Xunit.Abstractions;

namespace Monitoring.Server.Tests.Hostile;

/// <summary>
/// Thousands of generated bad requests over every endpoint of the embedded default: no 5xx, no hang,
/// every 4xx problem+json with a title, the bad field named, other tenants' ids 404, and the state
/// of both tenants unchanged. The counts by status go to the test output (and HOSTILE_REPORT).
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileInputTests(HostileHostFixture host, ITestOutputHelper output)
{
    [Fact]
    public async Task HostileRequests_EmbeddedHost_OnlyProblemAnswersAndNothingChanged()
    {
        var target = new HostileTarget(host.BaseAddress, Keys.For, now => host.SetClockAsync(now), archive: false);

        var result = await HostileSuite.RunAsync("embedded", target, HostileHostFixture.Start, seed: 14);

        HostileOutput.Write(result, output.WriteLine);
        Assert.True(result.Outcomes.Count >= 2000, $"Only {result.Outcomes.Count} requests generated.");
        Assert.True(result.Failures.Count == 0 && result.Changed.Count == 0, HostileReport.Failures(result));
    }
}
