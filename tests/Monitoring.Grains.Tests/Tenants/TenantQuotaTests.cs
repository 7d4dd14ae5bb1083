using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Tenants;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Tenants;

[Collection(CapsCollection.Name)]
public sealed class TenantQuotaTests(CapsClusterFixture fixture)
{
    private static string FreshTenant() => "t-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task TryAdmit_UpToTheCap_AdmitsThenRefuses()
    {
        var quota = fixture.Grains.GetGrain<ITenantQuotaGrain>(FreshTenant());

        var answers = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await quota.TryAdmitAsync(QuotaKind.Guard));
        }

        Assert.Equal(new[] { true, true, true, false, false }, answers);
        Assert.Equal(3, await quota.CountAsync(QuotaKind.Guard));
    }

    [Fact]
    public async Task TryAdmit_GuardsAtTheirCap_DevicesStillAdmitted()
    {
        var quota = fixture.Grains.GetGrain<ITenantQuotaGrain>(FreshTenant());
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await quota.TryAdmitAsync(QuotaKind.Guard));
        }

        Assert.True(await quota.TryAdmitAsync(QuotaKind.Device));
        Assert.Equal(1, await quota.CountAsync(QuotaKind.Device));
    }

    [Fact]
    public async Task TryAdmit_OtherTenantAtItsCap_ThisTenantAdmitted()
    {
        var full = fixture.Grains.GetGrain<ITenantQuotaGrain>(FreshTenant());
        for (var i = 0; i < 3; i++)
        {
            await full.TryAdmitAsync(QuotaKind.Device);
        }

        Assert.False(await full.TryAdmitAsync(QuotaKind.Device));
        Assert.True(await fixture.Grains.GetGrain<ITenantQuotaGrain>(FreshTenant()).TryAdmitAsync(QuotaKind.Device));
    }

    [Fact]
    public async Task SiteDirectoryTryAdd_NewSiteBeyondTheCap_RefusedKnownSiteStillAccepted()
    {
        var directory = fixture.Grains.GetGrain<ISiteDirectoryGrain>(FreshTenant());

        Assert.True(await directory.TryAddAsync("s-1"));
        Assert.True(await directory.TryAddAsync("s-2"));
        Assert.False(await directory.TryAddAsync("s-3"));
        Assert.True(await directory.TryAddAsync("s-1"));
        Assert.Equal(new[] { "s-1", "s-2" }, await directory.ListAsync(null, 10));
    }

    [Fact]
    public async Task SiteDirectoryList_AfterAnId_ReturnsTheNextPage()
    {
        var directory = fixture.Grains.GetGrain<ISiteDirectoryGrain>(FreshTenant());
        await directory.AddAsync("s-b");
        await directory.AddAsync("s-a");

        Assert.Equal(new[] { "s-a" }, await directory.ListAsync(null, 1));
        Assert.Equal(new[] { "s-b" }, await directory.ListAsync("s-a", 1));
        Assert.Empty(await directory.ListAsync("s-b", 1));
    }
}
