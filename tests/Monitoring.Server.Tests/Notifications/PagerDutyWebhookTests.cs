using System.Net;
using System.Text;
using Monitoring.Domain.Alerts;
using Monitoring.Server.Apis;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>PagerDuty V3 webhooks, signed with a tenant's PagerDuty channel secret, acknowledge and resolve the alert whose id was the dedup key.</summary>
[Collection(ApiCollection.Name)]
public sealed class PagerDutyWebhookTests(ApiHostFixture host)
{
    private const string Secret = "pd-webhook-secret";
    private readonly NotifySeed _seed = new(host);

    [Fact]
    public async Task Acknowledged_SignedByTheChannelSecret_AlertAcknowledgedByPagerDuty()
    {
        _seed.Contact("noc", "NOC", Secret);
        var alertId = await _seed.RaiseAsync();

        var result = await (await SendAsync(Payload("incident.acknowledged", alertId), Secret)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("acknowledged", result.Str("outcome"));
        var alert = await _seed.Alert(alertId).GetAsync();
        Assert.Equal(AlertStatus.Acknowledged, alert!.Status);
        Assert.Equal("pagerduty", alert.AcknowledgedBy);
    }

    [Fact]
    public async Task Resolved_Signed_AlertResolvedAsResolved_RepeatUnchanged()
    {
        _seed.Contact("noc", "NOC", Secret);
        var alertId = await _seed.RaiseAsync();

        var first = await (await SendAsync(Payload("incident.resolved", alertId), Secret)).JsonAsync(HttpStatusCode.OK);
        var again = await (await SendAsync(Payload("incident.resolved", alertId), Secret)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("resolved", first.Str("outcome"));
        Assert.Equal("unchanged", again.Str("outcome"));
        var alert = await _seed.Alert(alertId).GetAsync();
        Assert.Equal((AlertStatus.Resolved, Resolution.Resolved, "pagerduty"), (alert!.Status, alert.Resolution, alert.ResolvedBy));
    }

    [Fact]
    public async Task WrongOrMissingSignature_401_AlertUnchanged()
    {
        _seed.Contact("noc", "NOC", Secret);
        var alertId = await _seed.RaiseAsync();
        var payload = Payload("incident.acknowledged", alertId);

        await (await SendAsync(payload, "another-secret")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await SendAsync(payload, null)).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(AlertStatus.Active, (await _seed.Alert(alertId).GetAsync())!.Status);
    }

    [Fact]
    public async Task UnknownAlertOrOtherEvent_202Ignored()
    {
        _seed.Contact("noc", "NOC", Secret);
        var alertId = await _seed.RaiseAsync();

        var unknown = await (await SendAsync(Payload("incident.acknowledged", "alt-nobody"), Secret)).JsonAsync(HttpStatusCode.Accepted);
        var other = await (await SendAsync(Payload("incident.annotated", alertId), Secret)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal("ignored", unknown.Str("outcome"));
        Assert.Equal("ignored", other.Str("outcome"));
        Assert.Equal(AlertStatus.Active, (await _seed.Alert(alertId).GetAsync())!.Status);
    }

    [Fact]
    public async Task SignedButNotAWebhook_400NamingTheEvent()
    {
        _seed.Contact("noc", "NOC", Secret);

        await (await SendAsync("""{"hello":"world"}""", Secret)).ValidationProblemAsync("event");
    }

    // The V3 shape: event.event_type, event.data an incident whose incident_key is the dedup key sent.
    private static string Payload(string eventType, string alertId) => System.Text.Json.JsonSerializer.Serialize(new
    {
        @event = new
        {
            id = "01DEN3TQ7U8TG3KV1PFHX3CJ4J",
            event_type = eventType,
            resource_type = "incident",
            occurred_at = "2026-11-24T10:00:00.000Z",
            agent = new { id = "PLH1HKV", summary = "Tenex Engineer", type = "user_reference" },
            client = (object?)null,
            data = new { id = "PGR0VU2", type = "incident", number = 2, status = "acknowledged", incident_key = alertId, title = "device_offline at s-1", urgency = "high" },
        },
    });

    private async Task<HttpResponseMessage> SendAsync(string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/integrations/pagerduty/{_seed.Tenant}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-PagerDuty-Signature", "v1=" + new string('0', 64) + "," + PagerDutySignature.Sign(Encoding.UTF8.GetBytes(json), secret));
        }

        return await host.Anonymous.SendAsync(request);
    }
}
