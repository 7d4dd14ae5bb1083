using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Auth;

/// <summary>Another tenant's ids answer 404, exactly as if they did not exist.</summary>
[Collection(ApiCollection.Name)]
public sealed class TenantIsolationTests(ApiHostFixture host)
{
    [Fact]
    public async Task OtherTenant_ReadsGuardDeviceAndSite_Gets404()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{phone.SiteId}", Sites.SitesApiTests.ValidSite())).JsonAsync(HttpStatusCode.OK);
        await phone.SendAsync([phone.ShiftStart(now.AddMinutes(-1)), .. phone.Active(now)]);

        await host.Viewer(Keys.T1).GetJsonAsync($"api/v1/guards/{phone.GuardId}");
        await host.Viewer(Keys.T1).GetJsonAsync($"api/v1/devices/{phone.DeviceId}");
        await host.Viewer(Keys.T1).GetJsonAsync($"api/v1/sites/{phone.SiteId}");
        foreach (var path in new[]
        {
            $"api/v1/guards/{phone.GuardId}", $"api/v1/devices/{phone.DeviceId}",
            $"api/v1/sites/{phone.SiteId}", $"api/v1/sites/{phone.SiteId}/guards",
        })
        {
            await (await host.Admin(Keys.T2).GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);
        }

        await (await host.Operator(Keys.T2).PostAsync($"api/v1/guards/{phone.GuardId}/evaluate", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OtherTenant_SameIds_AreSeparateGuards()
    {
        var now = await host.NowAsync();
        var mine = new Phone(host, Keys.T1);
        var theirs = new Phone(host, Keys.T2);
        await mine.SendAsync(mine.ShiftStart(now.AddMinutes(-2)), mine.Event("phone", now));

        var e = theirs.Event("shift_start", now);
        e["deviceId"] = mine.DeviceId;
        e["seq"] = 1;
        e["guardId"] = mine.GuardId;
        e["siteId"] = "other-site";
        var result = await theirs.SendAsync(e);

        Assert.Equal(1, result.Int("accepted"));
        Assert.Equal(0, result.Int("duplicates"));
        var t1 = await host.Viewer(Keys.T1).GetJsonAsync($"api/v1/guards/{mine.GuardId}");
        var t2 = await host.Viewer(Keys.T2).GetJsonAsync($"api/v1/guards/{mine.GuardId}");
        Assert.Equal(mine.SiteId, t1.Str("siteId"));
        Assert.Equal("other-site", t2.Str("siteId"));
        Assert.Equal(1, t1.GetProperty("window").Int("phoneEvents"));
        Assert.Equal(0, t2.GetProperty("window").Int("phoneEvents"));
    }
}
