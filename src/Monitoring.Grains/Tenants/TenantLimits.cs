using Monitoring.Contracts.Tenants;

namespace Monitoring.Grains.Tenants;

/// <summary>
/// Per-tenant caps (<c>Monitoring:Limits</c>). Generous: the capacity benchmark runs 100,000 guards
/// and 100,000 phones in one tenant; the caps are there so a device key cannot mint ids without end.
/// </summary>
public sealed record TenantLimits(
    int SitesPerTenant = 10_000, int GuardsPerTenant = 250_000, int DevicesPerTenant = 500_000, int DevicesPerGuard = 16)
{
    /// <summary>The defaults, for hosts and test clusters that set none.</summary>
    public static TenantLimits Default { get; } = new();

    /// <summary>The cap on <paramref name="kind"/>.</summary>
    public int CapOf(QuotaKind kind) => kind switch
    {
        QuotaKind.Site => SitesPerTenant,
        QuotaKind.Guard => GuardsPerTenant,
        QuotaKind.Device => DevicesPerTenant,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The per-event rejection text when the cap on <paramref name="kind"/> is reached.</summary>
    public string Reached(QuotaKind kind) => kind switch
    {
        QuotaKind.Site => $"siteId: the tenant's limit of {SitesPerTenant} sites is reached",
        QuotaKind.Guard => $"guardId: the tenant's limit of {GuardsPerTenant} guards is reached",
        _ => $"deviceId: the tenant's limit of {DevicesPerTenant} devices is reached",
    };
}
