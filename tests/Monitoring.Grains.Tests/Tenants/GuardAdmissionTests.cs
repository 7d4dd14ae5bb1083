using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Telemetry;
using Monitoring.Contracts.Tenants;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Tenants;

/// <summary>The caps as a guard meets them (tenant caps: 3 guards, 2 sites; 2 devices per guard).</summary>
[Collection(CapsCollection.Name)]
public sealed class GuardAdmissionTests(CapsClusterFixture fixture)
{
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];

    private IGuardGrain Guard(string guardId) => fixture.Grains.GetGrain<IGuardGrain>(GrainKeys.Compose(_tenant, guardId));

    private ValueTask Record(string guardId, string deviceId, EventType type, string? siteId = null) =>
        Guard(guardId).RecordAsync(new GuardActivityBatch(
            deviceId, fixture.Clock.GetUtcNow(), [new ActivitySample(fixture.Clock.GetUtcNow(), type, null, null, null, siteId)]));

    [Fact]
    public async Task Admit_NewGuardBeyondTheCap_NamesGuardId()
    {
        foreach (var guard in new[] { "g-1", "g-2", "g-3" })
        {
            Assert.Null(await Guard(guard).AdmitAsync("s-1"));
        }

        Assert.Equal("guardId: the tenant's limit of 3 guards is reached", await Guard("g-4").AdmitAsync("s-1"));
    }

    [Fact]
    public async Task Admit_SameGuardAgain_TakesItsSlotOnce()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await Guard("g-1").AdmitAsync("s-1"));
        }

        Assert.Equal(1, await fixture.Grains.GetGrain<ITenantQuotaGrain>(_tenant).CountAsync(QuotaKind.Guard));
    }

    [Fact]
    public async Task Admit_NewSiteBeyondTheCap_NamesSiteIdKnownSitesStillAdmitted()
    {
        Assert.Null(await Guard("g-1").AdmitAsync("s-1"));
        Assert.Null(await Guard("g-2").AdmitAsync("s-2"));

        Assert.Equal("siteId: the tenant's limit of 2 sites is reached", await Guard("g-3").AdmitAsync("s-3"));
        Assert.Null(await Guard("g-3").AdmitAsync("s-1"));
    }

    [Fact]
    public async Task Record_GuardBeyondTheCap_IsNotCreated()
    {
        foreach (var guard in new[] { "g-1", "g-2", "g-3" })
        {
            await Record(guard, "d-" + guard, EventType.Phone);
        }

        await Record("g-4", "d-4", EventType.Phone);

        Assert.NotNull(await Guard("g-3").GetAsync());
        Assert.Null(await Guard("g-4").GetAsync());
    }

    [Fact]
    public async Task Record_ThirdDeviceOnShift_IsNotListed()
    {
        await Record("g-1", "d-1", EventType.ShiftStart, "s-1");
        await Record("g-1", "d-2", EventType.Phone);
        await Record("g-1", "d-3", EventType.ShiftStart, "s-1");
        await Record("g-1", "d-3", EventType.Phone);

        var state = await Guard("g-1").GetAsync();

        Assert.NotNull(state);
        Assert.Equal(new[] { "d-1", "d-2" }, state.DeviceIds.AsEnumerable());
    }
}
