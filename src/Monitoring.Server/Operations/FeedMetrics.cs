using System.Diagnostics.Metrics;
using Monitoring.Grains.Diagnostics;

namespace Monitoring.Server.Operations;

/// <summary>How long a feed envelope took from its change (the envelope's <c>at</c>) to this host's hub.</summary>
internal static class FeedMetrics
{
    private static readonly Histogram<double> Lag = ServerTelemetry.Meter.CreateHistogram(
        "monitoring.feed.lag", "s", "Feed envelopes relayed to the hub, by the time from their change to the relay (host clock).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.FeedLag });

    public static void Relayed(DateTimeOffset at, DateTimeOffset now) => Lag.Record(Math.Max(0, (now - at).TotalSeconds));
}
