namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host whose tenants may have two guards and three phones each, so ingest meets the caps.</summary>
public sealed class QuotaHostFixture : HostFixture
{
    public const int GuardsPerTenant = 2;
    public const int DevicesPerTenant = 3;

    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Monitoring:Limits:GuardsPerTenant={GuardsPerTenant}",
        $"--Monitoring:Limits:DevicesPerTenant={DevicesPerTenant}",
    ];
}
