namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host whose buckets hold a few requests and refill one every 1,000 s: within a test a bucket
/// only empties. Each test spends the buckets of keys no other test of the collection uses.
/// </summary>
public sealed class RateLimitHostFixture : HostFixture
{
    public const int ApiBurst = 3;
    public const int IngestBurst = 2;

    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Monitoring:RateLimits:ApiPerSecond=0.001",
        $"--Monitoring:RateLimits:ApiBurst={ApiBurst}",
        "--Monitoring:RateLimits:IngestPerSecond=0.001",
        $"--Monitoring:RateLimits:IngestBurst={IngestBurst}",
    ];
}
