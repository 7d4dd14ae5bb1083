using Monitoring.Contracts.Sites;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Sites;

/// <summary>What a site grain keeps across activations (the open alerts are read anew from the alert index on activation).</summary>
[GenerateSerializer, Alias("site-snapshot")]
public sealed class SiteSnapshot
{
    [Id(0)] public Site? Site { get; set; }
    [Id(1)] public Dictionary<string, GuardStanding> Guards { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, Severity> OpenAlerts { get; set; } = new(StringComparer.Ordinal);
}
