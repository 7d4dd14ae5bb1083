namespace Monitoring.Server.Hosting;

/// <summary>
/// <c>Monitoring:RateLimits</c>: token buckets per API key (per remote address without a valid
/// key), one for ingest and one for every other endpoint. A rate of 0 switches that bucket off.
/// </summary>
internal sealed class RateLimitOptions
{
    /// <summary>Telemetry requests per second per key; generous, a capacity run posts about 1,000 a second with one key.</summary>
    public double IngestPerSecond { get; set; } = 5000;

    /// <summary>Telemetry requests a key may send at once after a quiet spell.</summary>
    public int IngestBurst { get; set; } = 10000;

    /// <summary>Requests per second per key (or address) on every endpoint but ingest.</summary>
    public double ApiPerSecond { get; set; } = 200;

    public int ApiBurst { get; set; } = 400;
}
