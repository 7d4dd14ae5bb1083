namespace Monitoring.Grains.Tenants;

/// <summary>What a tenant's quota grain keeps: one count per <see cref="Contracts.Tenants.QuotaKind"/>.</summary>
[GenerateSerializer, Alias("tenant-quota-snapshot")]
public sealed class TenantQuotaSnapshot
{
    [Id(0)] public int Sites { get; set; }
    [Id(1)] public int Guards { get; set; }
    [Id(2)] public int Devices { get; set; }
}
