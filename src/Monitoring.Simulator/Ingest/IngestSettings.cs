namespace Monitoring.Simulator.Ingest;

/// <summary>
/// The settings of the <c>ingest</c> verb (see <see cref="IngestOptions"/>); <paramref name="SiloPid"/>
/// is a silo behind the front-end that <paramref name="Url"/> names, measured beside it.
/// </summary>
internal sealed record IngestSettings(
    Uri Url, string Key, int Devices, int Batch, int Seconds, int Warmup, int Concurrency, int Sites, int? HostPid, string Prefix, int? SiloPid = null);
