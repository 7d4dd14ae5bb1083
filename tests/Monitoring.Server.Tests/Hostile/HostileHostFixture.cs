using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Hostile;

/// <summary>
/// A host of its own for the hostile run (it compares the tenants' state before and after, so no
/// other test may touch it), clear of deep night, with the per-key rate limits off: the run is about
/// what validation answers, and thousands of requests from a few keys would otherwise mostly get 429.
/// </summary>
public sealed class HostileHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    protected override DateTimeOffset? ClockStart => Start;

    protected override IEnumerable<string> ExtraArguments =>
        ["--Monitoring:RateLimits:ApiPerSecond=0", "--Monitoring:RateLimits:IngestPerSecond=0", "--Monitoring:Operations:OrleansDashboard=true"];
}
