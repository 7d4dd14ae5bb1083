namespace Monitoring.Simulator.Capacity;

/// <summary>One offered rate of the sweep and what the host(s) did with it.</summary>
internal sealed record CapacityStep(
    int Offered,
    double Accepted,
    double P50Ms,
    double P99Ms,
    long Errors,
    long LateBatches,
    double? HostCpuPercent,
    double DatabaseCpuPercent,
    double? HostMemoryMb,
    double? ManagedBytesPerGuard)
{
    /// <summary>The host kept up: it accepted (nearly) all that was offered, without errors.</summary>
    public bool KeptUp => Errors == 0 && Accepted >= Offered * 0.97;

    /// <summary>Host CPU time per 1,000 accepted events, in milliseconds (all hosts together).</summary>
    public double? HostCpuMsPer1000 => HostCpuPercent is { } cpu && Accepted > 0 ? cpu * 10 * 1000 / Accepted : null;

    /// <summary>PostgreSQL's CPU time per 1,000 accepted events, in milliseconds (0 without a local server).</summary>
    public double DatabaseCpuMsPer1000 => Accepted > 0 ? DatabaseCpuPercent * 10 * 1000 / Accepted : 0;

    /// <summary>Kept up with the p99 acknowledgement within the limit.</summary>
    public bool Within(double p99LimitMs) => KeptUp && P99Ms <= p99LimitMs;
}
