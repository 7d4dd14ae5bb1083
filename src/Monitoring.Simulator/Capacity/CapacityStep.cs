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
    double? HostMemoryMb,
    double? ManagedBytesPerGuard)
{
    /// <summary>The host kept up: it accepted (nearly) all that was offered, without errors.</summary>
    public bool KeptUp => Errors == 0 && Accepted >= Offered * 0.97;

    /// <summary>Kept up with the p99 acknowledgement within the limit.</summary>
    public bool Within(double p99LimitMs) => KeptUp && P99Ms <= p99LimitMs;
}
