using Monitoring.Grains.Tenants;

namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Limits</c> settings: per-tenant caps (generous defaults, <see cref="TenantLimits"/>).</summary>
internal sealed class LimitsOptions
{
    public int SitesPerTenant { get; set; } = TenantLimits.Default.SitesPerTenant;

    public int GuardsPerTenant { get; set; } = TenantLimits.Default.GuardsPerTenant;

    public int DevicesPerTenant { get; set; } = TenantLimits.Default.DevicesPerTenant;

    /// <summary>Devices listed per guard; a further phone's events still count for the guard.</summary>
    public int DevicesPerGuard { get; set; } = TenantLimits.Default.DevicesPerGuard;

    public TenantLimits ToLimits() => new(
        Positive(SitesPerTenant, nameof(SitesPerTenant)),
        Positive(GuardsPerTenant, nameof(GuardsPerTenant)),
        Positive(DevicesPerTenant, nameof(DevicesPerTenant)),
        Positive(DevicesPerGuard, nameof(DevicesPerGuard)));

    private static int Positive(int value, string name) => value > 0
        ? value
        : throw new InvalidOperationException($"Monitoring:Limits:{name} must be at least 1 (it is {value}).");
}
