using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>/api/v1/inhibitions: the default dead-phone rule of a fresh tenant, changes, a deleted default staying deleted, and bad rules refused.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class InhibitionsApiTests(NotificationsHostFixture host)
{
    private static JsonObject Rule(string source = "geofence_exit", string target = "inactivity") => new()
    {
        ["name"] = "Off site is not asleep",
        ["sourceTypes"] = new JsonArray(source),
        ["targetTypes"] = new JsonArray(target),
        ["equal"] = "guard",
    };

    [Fact]
    public async Task ListInhibitions_FreshTenant_HasTheDeadPhoneDefault()
    {
        var viewer = host.Client(NotificationsHostFixture.FreshViewerKey);

        var rule = Assert.Single((await viewer.GetJsonAsync("api/v1/inhibitions")).EnumerateArray());

        Assert.Equal("dead-phone", rule.Str("inhibitionId"));
        Assert.Equal(["device_offline", "battery_critical"], rule.Items("sourceTypes").Select(t => t.GetString()));
        Assert.Equal(["inactivity"], rule.Items("targetTypes").Select(t => t.GetString()));
        Assert.Equal("guard", rule.Str("equal"));
        Assert.True(rule.Bool("onlyDevice"));
        await viewer.GetJsonAsync("api/v1/inhibitions/dead-phone");
    }

    [Fact]
    public async Task DeleteInhibition_TheDefault_StaysDeletedAfterOtherChanges()
    {
        var admin = host.Client(NotificationsHostFixture.DefaultsAdminKey);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("api/v1/inhibitions/dead-phone")).StatusCode);
        await (await admin.PutJsonAsync("api/v1/inhibitions/off-site", Rule())).JsonAsync(HttpStatusCode.OK);

        var rules = await admin.GetJsonAsync("api/v1/inhibitions");
        Assert.Equal(["off-site"], rules.EnumerateArray().Select(r => r.Str("inhibitionId")));
        await (await admin.GetAsync("api/v1/inhibitions/dead-phone")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutInhibition_Valid_RoundTrips()
    {
        var id = Fresh.Id("inh");
        var body = Rule();
        body["sourceMinSeverity"] = "high";
        body["equal"] = "site";

        var put = await (await host.Admin().PutJsonAsync($"api/v1/inhibitions/{id}", body)).JsonAsync(HttpStatusCode.OK);
        var got = await host.Viewer().GetJsonAsync($"api/v1/inhibitions/{id}");

        Assert.All(new[] { put, got }, r => Assert.Equal((id, "high", "site", false), (r.Str("inhibitionId"), r.Str("sourceMinSeverity"), r.Str("equal"), r.Bool("onlyDevice"))));
        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/inhibitions/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("inactivity", "inactivity", "targetTypes[0]")]
    [InlineData("napping", "inactivity", "sourceTypes[0]")]
    [InlineData("device_offline", "snoring", "targetTypes[0]")]
    public async Task PutInhibition_BadTypes_400NamingTheFieldAndNothingStored(string source, string target, string field)
    {
        var id = Fresh.Id("inh");

        await (await host.Admin().PutJsonAsync($"api/v1/inhibitions/{id}", Rule(source, target))).ValidationProblemAsync(field);

        await (await host.Viewer().GetAsync($"api/v1/inhibitions/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutInhibition_NoTypesAndUnknownScope_400NamingEach()
    {
        var body = new JsonObject { ["sourceTypes"] = new JsonArray(), ["targetTypes"] = new JsonArray("inactivity"), ["equal"] = "planet" };

        await (await host.Admin().PutJsonAsync($"api/v1/inhibitions/{Fresh.Id("inh")}", body)).ValidationProblemAsync("equal");
        body["equal"] = "device";
        await (await host.Admin().PutJsonAsync($"api/v1/inhibitions/{Fresh.Id("inh")}", body)).ValidationProblemAsync("sourceTypes");
    }

    [Fact]
    public async Task Inhibitions_ViewerCannotChange()
    {
        await (await host.Viewer().PutJsonAsync($"api/v1/inhibitions/{Fresh.Id("inh")}", Rule())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Viewer().DeleteAsync("api/v1/inhibitions/dead-phone")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Device().GetAsync("api/v1/inhibitions")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
