namespace Monitoring.Simulator.Feed;

/// <summary>The settings of the <c>feed</c> verb (see <see cref="FeedOptions"/>).</summary>
internal sealed record FeedSettings(
    Uri Url, string Key, int Devices, int Batch, int Rate, int Seconds, int Warmup, int Concurrency, int Sites,
    int TenantClients, int SiteClients, int Probes, int ProbeIntervalMs, int? HostPid, bool Batched);
