using Prometheus;

namespace Monitoring.Server.Hosting;

/// <summary>What <c>GET /metrics</c> exports besides the host's own counters.</summary>
internal static class MetricsExport
{
    private static int _configured;

    /// <summary>
    /// Keeps the process metrics but not prometheus-net's listeners on every .NET meter and event
    /// counter: listening to Orleans' per-message instruments cost about 40 % more CPU per event.
    /// Applied once per process, before the first metric is created.
    /// </summary>
    public static void UseLeanDefaults()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 0)
        {
            Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions
            {
                SuppressProcessMetrics = false,
                SuppressEventCounters = true,
                SuppressMeters = true,
                SuppressDebugMetrics = true,
            });
        }
    }
}
