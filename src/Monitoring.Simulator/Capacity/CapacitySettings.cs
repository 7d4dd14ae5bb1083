namespace Monitoring.Simulator.Capacity;

/// <summary>
/// The capacity sweep's settings. Several hosts (silos of one cluster) may be named, comma-separated,
/// each with its process id for CPU and memory readings; the load is split evenly between them.
/// </summary>
internal sealed record CapacitySettings(
    IReadOnlyList<Uri> Urls,
    string Key,
    IReadOnlyList<int> HostPids,
    int Devices,
    int Batch,
    int Concurrency,
    int FromRate,
    int Step,
    int ToRate,
    int Seconds,
    int Warmup,
    int Settle,
    double P99LimitMs,
    string Label,
    string Out);
