namespace Monitoring.Simulator.Ingest;

/// <summary>The settings of the <c>ingest</c> verb (see <see cref="IngestOptions"/>).</summary>
internal sealed record IngestSettings(
    Uri Url, string Key, int Devices, int Batch, int Seconds, int Warmup, int Concurrency, int Sites, int? HostPid, string Prefix);
