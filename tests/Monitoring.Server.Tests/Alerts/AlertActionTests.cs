using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Alerts;

/// <summary>The operator's workflow on a real inactivity alert: who and when are kept, illegal moves are 409, retries are harmless.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertActionTests(AlertsHostFixture host)
{
    [Fact]
    public async Task GetAlert_Raised_HasTheContractFields()
    {
        var (phone, listed) = await host.InactiveGuardAsync();
        var now = await host.NowAsync();

        var alert = await host.AlertAsync(listed.Str("alertId"));

        Assert.Equal(listed.Str("alertId"), alert.Str("alertId"));
        Assert.Equal("inactivity", alert.Str("type"));
        Assert.Equal("critical", alert.Str("severity"));
        Assert.Equal("active", alert.Str("status"));
        Assert.True(alert.IsNull("resolution"));
        Assert.Equal(phone.GuardId, alert.Str("guardId"));
        Assert.Equal(phone.DeviceId, alert.Str("deviceId"));
        Assert.Equal(phone.SiteId, alert.Str("siteId"));
        Assert.Equal(now, alert.Time("raisedAt"));
        Assert.Equal(now, alert.Time("updatedAt"));
        Assert.True(alert.IsNull("acknowledgedAt"));
        Assert.True(alert.IsNull("acknowledgedBy"));
        Assert.Equal(0, alert.Int("escalationLevel"));
        Assert.Equal(now.AddMinutes(5), alert.Time("slaDueAt"));
        Assert.Equal(1.0, alert.GetProperty("score").GetDouble());
        var evidence = alert.GetProperty("evidence");
        Assert.Equal(System.Text.Json.JsonValueKind.Object, evidence.ValueKind);
        Assert.Equal(0, evidence.Int("phoneEvents"));
        Assert.Equal(["phone", "movement", "tasks", "checkpoints"], evidence.Items("absentSignals").Select(s => s.GetString()));
        Assert.Empty(alert.Items("verifications"));
        Assert.Empty(alert.Items("notes"));
        Assert.True(alert.TryGetProperty("incidentId", out _));
        Assert.True(alert.TryGetProperty("ticketId", out _));

        var guard = await phone.GuardAsync();
        var summary = Assert.Single(guard.Items("activeAlerts"));
        Assert.Equal(alert.Str("alertId"), summary.Str("alertId"));
        var site = await host.Viewer().GetJsonAsync($"api/v1/sites/{phone.SiteId}");
        Assert.Equal(1, site.GetProperty("activeAlerts").Int("critical"));
        Assert.Equal(1, site.Int("inactiveGuards"));
    }

    [Fact]
    public async Task Acknowledge_ActiveAlert_KeepsWhoAndWhen()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        var at = await host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var acked = await (await host.ActAsync(id, "acknowledge", new { by = "op-anna", notes = "calling the guard" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("acknowledged", acked.Str("status"));
        Assert.Equal("op-anna", acked.Str("acknowledgedBy"));
        Assert.Equal(at, acked.Time("acknowledgedAt"));
        Assert.Equal(at, acked.Time("updatedAt"));
        Assert.Equal(["calling the guard"], acked.Items("notes").Select(n => n.GetString()));
        var last = acked.Items("history")[^1];
        Assert.Equal(("acknowledged", "acknowledged", "op-anna", at), (last.Str("action"), last.Str("status"), last.Str("by"), last.Time("at")));
        var stored = await host.AlertAsync(id);
        Assert.Equal("acknowledged", stored.Str("status"));
        Assert.Equal("op-anna", stored.Str("acknowledgedBy"));
    }

    [Fact]
    public async Task Acknowledge_RepeatedWithSameBody_Is200WithNoSecondEffect()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        var first = await (await host.ActAsync(id, "acknowledge", new { by = "op-ben", notes = "on it" })).JsonAsync(HttpStatusCode.OK);
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var again = await (await host.ActAsync(id, "acknowledge", new { by = "op-ben", notes = "on it" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("acknowledged", again.Str("status"));
        Assert.Equal(first.Time("acknowledgedAt"), again.Time("acknowledgedAt"));
        Assert.Equal(first.Items("history").Length, (await host.AlertAsync(id)).Items("history").Length);
        Assert.Single((await host.AlertAsync(id)).Items("notes"));
    }

    [Fact]
    public async Task Acknowledge_AlreadyAcknowledgedByAnother_Is409WithCurrentStatus()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        await (await host.ActAsync(id, "acknowledge", new { by = "op-1" })).JsonAsync(HttpStatusCode.OK);

        var problem = await (await host.ActAsync(id, "acknowledge", new { by = "op-2" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("acknowledged", problem.Str("currentStatus"));
        Assert.Equal("op-1", (await host.AlertAsync(id)).Str("acknowledgedBy"));
    }

    [Fact]
    public async Task Acknowledge_TwoOperatorsAtOnce_OneWinsTheOtherGets409()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");

        var responses = await Task.WhenAll(
            host.ActAsync(id, "acknowledge", new { by = "op-left" }),
            host.ActAsync(id, "acknowledge", new { by = "op-right" }));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Conflict],
            responses.Select(r => r.StatusCode).Order());
        var stored = await host.AlertAsync(id);
        Assert.Contains(stored.Str("acknowledgedBy"), new[] { "op-left", "op-right" });
        Assert.Equal(2, stored.Items("history").Length);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Verify_SameBodyTwice_KeepsOneVerification()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        var body = new { method = "call", response = "no answer", by = "op-cleo" };

        var first = await (await host.ActAsync(id, "verify", body)).JsonAsync(HttpStatusCode.OK);
        var at = await host.NowAsync();
        await host.AdvanceAsync(TimeSpan.FromSeconds(30));
        var second = await (await host.ActAsync(id, "verify", body)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("verifying", first.Str("status"));
        Assert.Equal("verifying", second.Str("status"));
        var verification = Assert.Single((await host.AlertAsync(id)).Items("verifications"));
        Assert.Equal(("call", "no answer", "op-cleo", at), (verification.Str("method"), verification.Str("response"), verification.Str("by"), verification.Time("at")));
    }

    [Fact]
    public async Task Verify_AnotherAttempt_AddsAVerification()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");

        await (await host.ActAsync(id, "verify", new { method = "call", response = "no answer", by = "op-dan" })).JsonAsync(HttpStatusCode.OK);
        var after = await (await host.ActAsync(id, "verify", new { method = "supervisor", response = "sent to the gate", by = "op-dan" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["call", "supervisor"], after.Items("verifications").Select(v => v.Str("method")));
        Assert.Equal("op-dan", after.Str("acknowledgedBy"));
        Assert.False(after.IsNull("acknowledgedAt"));
    }
}
