using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class AlertTenantIsolationTests(AlertsHostFixture host)
{
    [Fact]
    public async Task OtherTenant_ReadsOrActsOnAlert_Gets404AndNeverSeesIt()
    {
        var (_, alert) = await host.InactiveGuardAsync(Keys.T1);
        var id = alert.Str("alertId");

        await (await host.Admin(Keys.T2).GetAsync($"api/v1/alerts/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.ActAsync(id, "acknowledge", new { by = "intruder" }, Keys.T2)).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.ActAsync(id, "verify", new { method = "call", response = "x", by = "intruder" }, Keys.T2)).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.ActAsync(id, "resolve", new { by = "intruder", resolution = "resolved" }, Keys.T2)).ProblemAsync(HttpStatusCode.NotFound);

        var theirs = (await host.Viewer(Keys.T2).GetJsonAsync("api/v1/alerts?limit=500")).Items();
        Assert.DoesNotContain(id, theirs.Select(a => a.Str("alertId")));
        Assert.Empty((await host.Viewer(Keys.T2).GetJsonAsync($"api/v1/alerts?guardId={alert.Str("guardId")}")).Items());
        var mine = await host.AlertAsync(id);
        Assert.Equal("active", mine.Str("status"));
        Assert.Single(mine.Items("history"));
    }

    [Fact]
    public async Task EachTenant_ListsOnlyItsOwnAlerts()
    {
        var (_, t1Alert) = await host.InactiveGuardAsync(Keys.T1);
        var (_, t2Alert) = await host.InactiveGuardAsync(Keys.T2);

        var t1 = (await host.Viewer(Keys.T1).GetJsonAsync("api/v1/alerts?limit=500")).Items().Select(a => a.Str("alertId")).ToList();
        var t2 = (await host.Viewer(Keys.T2).GetJsonAsync("api/v1/alerts?limit=500")).Items().Select(a => a.Str("alertId")).ToList();

        Assert.Contains(t1Alert.Str("alertId"), t1);
        Assert.DoesNotContain(t2Alert.Str("alertId"), t1);
        Assert.Contains(t2Alert.Str("alertId"), t2);
        Assert.DoesNotContain(t1Alert.Str("alertId"), t2);
        Assert.Empty(t1.Intersect(t2));
    }
}
