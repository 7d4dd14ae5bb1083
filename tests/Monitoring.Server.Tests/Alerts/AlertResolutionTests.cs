using System.Text.Json;
using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Alerts;

/// <summary>Resolving a real inactivity alert, the whole workflow's history, and what is refused afterwards.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertResolutionTests(AlertsHostFixture host)
{
    [Theory]
    [InlineData("confirmed")]
    [InlineData("false_positive")]
    [InlineData("resolved")]
    public async Task Resolve_ActiveAlert_IsResolvedWithWhoAndWhen(string resolution)
    {
        var (phone, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        var at = await host.AdvanceAsync(TimeSpan.FromMinutes(2));

        var resolved = await (await host.ActAsync(id, "resolve", new { by = "op-eve", resolution, notes = "checked on camera" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("resolved", resolved.Str("status"));
        Assert.Equal(resolution, resolved.Str("resolution"));
        Assert.Equal("op-eve", resolved.Str("resolvedBy"));
        Assert.Equal(at, resolved.Time("resolvedAt"));
        Assert.Contains("checked on camera", resolved.Items("notes").Select(n => n.GetString()));
        Assert.Equal(("resolved", "op-eve"), (resolved.Items("history")[^1].Str("action"), resolved.Items("history")[^1].Str("by")));
        Assert.Empty((await phone.GuardAsync()).Items("activeAlerts"));
        Assert.Equal(0, (await host.Viewer().GetJsonAsync($"api/v1/sites/{phone.SiteId}")).GetProperty("activeAlerts").Int("critical"));
    }

    [Fact]
    public async Task Actions_AfterResolve_Are409WithCurrentStatusAndChangeNothing()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        await (await host.ActAsync(id, "resolve", new { by = "op-finn", resolution = "false_positive" })).JsonAsync(HttpStatusCode.OK);
        var before = await host.AlertAsync(id);

        var ack = await (await host.ActAsync(id, "acknowledge", new { by = "op-finn" })).ProblemAsync(HttpStatusCode.Conflict);
        var verify = await (await host.ActAsync(id, "verify", new { method = "ivr", response = "pressed 1", by = "op-finn" })).ProblemAsync(HttpStatusCode.Conflict);
        var resolve = await (await host.ActAsync(id, "resolve", new { by = "op-finn", resolution = "confirmed" })).ProblemAsync(HttpStatusCode.Conflict);
        var repeat = await (await host.ActAsync(id, "resolve", new { by = "op-finn", resolution = "false_positive" })).JsonAsync(HttpStatusCode.OK);

        Assert.All(new[] { ack, verify, resolve }, p => Assert.Equal("resolved", p.Str("currentStatus")));
        Assert.Equal("false_positive", repeat.Str("resolution"));
        var after = await host.AlertAsync(id);
        Assert.Equal(WithoutIncident(before), WithoutIncident(after));
    }

    [Fact]
    public async Task Workflow_AcknowledgeVerifyResolve_KeepsTheWholeHistory()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        var raisedAt = alert.Time("raisedAt");

        var ackAt = await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        await (await host.ActAsync(id, "acknowledge", new { by = "op-gil" })).JsonAsync(HttpStatusCode.OK);
        var verifyAt = await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        await (await host.ActAsync(id, "verify", new { method = "camera", response = "guard asleep in the lodge", by = "op-gil" })).JsonAsync(HttpStatusCode.OK);
        var resolveAt = await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var done = await (await host.ActAsync(id, "resolve", new { by = "sup-hal", resolution = "confirmed", notes = "guard replaced" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            [("raised", "active", "system", raisedAt), ("acknowledged", "acknowledged", "op-gil", ackAt),
             ("verification", "verifying", "op-gil", verifyAt), ("resolved", "resolved", "sup-hal", resolveAt)],
            done.Items("history").Select(h => (h.Str("action"), h.Str("status"), h.Str("by"), h.Time("at"))));
        Assert.Equal(("op-gil", ackAt), (done.Str("acknowledgedBy"), done.Time("acknowledgedAt")));
        var verification = Assert.Single(done.Items("verifications"));
        Assert.Equal(("camera", "guard asleep in the lodge", "op-gil", verifyAt), (verification.Str("method"), verification.Str("response"), verification.Str("by"), verification.Time("at")));
        Assert.Equal(("confirmed", "sup-hal", resolveAt), (done.Str("resolution"), done.Str("resolvedBy"), done.Time("resolvedAt")));
    }

    [Fact]
    public async Task Actions_InvalidBodies_Are400AndChangeNothing()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        var before = WithoutIncident(await host.AlertAsync(id));

        await (await host.ActAsync(id, "acknowledge", new { notes = "who am I" })).ValidationProblemAsync("by");
        await (await host.ActAsync(id, "verify", new { method = "pigeon", response = "sent", by = "op" })).ValidationProblemAsync("method");
        await (await host.ActAsync(id, "resolve", new { by = "op", resolution = "cleared" })).ValidationProblemAsync("resolution");
        await (await host.ActAsync(id, "resolve", new { by = "op" })).ValidationProblemAsync("resolution");

        Assert.Equal(before, WithoutIncident(await host.AlertAsync(id)));
    }

    // The correlation grain sets incidentId asynchronously (stream delivery); actions never touch it.
    private static string WithoutIncident(JsonElement alert)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(alert.GetRawText())!.AsObject();
        node.Remove("incidentId");
        return node.ToJsonString();
    }

    [Fact]
    public async Task Actions_Admin_MayAct()
    {
        var (_, alert) = await host.InactiveGuardAsync();

        var acked = await (await host.Admin().PostJsonAsync($"api/v1/alerts/{alert.Str("alertId")}/acknowledge", new { by = "admin-ida" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("acknowledged", acked.Str("status"));
    }
}
