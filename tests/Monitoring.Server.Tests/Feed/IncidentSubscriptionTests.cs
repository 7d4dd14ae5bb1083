using Microsoft.AspNetCore.SignalR;
using Monitoring.Server.Tests.Fixtures;
using Monitoring.Server.Tests.Incidents;

namespace Monitoring.Server.Tests.Feed;

/// <summary>
/// Incident subscriptions (<c>incidents: true</c>), what the incident workspace uses: only incident
/// events, of one site or of the whole tenant.
/// </summary>
[Collection(FeedCollection.Name)]
public sealed class IncidentSubscriptionTests(FeedHostFixture host)
{
    [Fact]
    public async Task IncidentSubscription_IncidentsAtTwoSites_SiteClientGetsOnlyItsOwnAndNoAlerts()
    {
        var siteA = await host.PutSiteAsync();
        var siteB = await host.PutSiteAsync();
        await using var siteClient = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await using var tenantClient = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await siteClient.SubscribeIncidentsAsync(siteA);
        await tenantClient.SubscribeIncidentsAsync();

        var (atB, _, _) = await RealIncident.CreateAsync(host, siteId: siteB);
        var (atA, _, _) = await RealIncident.CreateAsync(host, siteId: siteA);

        await siteClient.WaitForAsync(e => e.Str("type") == "incident_opened" && e.GetProperty("data").Str("incidentId") == atA);
        await tenantClient.WaitForAsync(e => e.Str("type") == "incident_opened" && e.GetProperty("data").Str("incidentId") == atA);
        await tenantClient.WaitForAsync(e => e.Str("type") == "incident_opened" && e.GetProperty("data").Str("incidentId") == atB);
        Assert.All(siteClient.Received, e => Assert.Equal(siteA, e.Str("siteId")));
        Assert.DoesNotContain(siteClient.Received, e => e.GetProperty("data").Str("incidentId") == atB);
        Assert.All(siteClient.Received.Concat(tenantClient.Received), e => Assert.StartsWith("incident_", e.Str("type"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task IncidentSubscription_WithAGuardId_IsRefusedNamingTheField()
    {
        await using var client = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));

        var refused = await Assert.ThrowsAsync<HubException>(() => client.SubscribeRawAsync(new { guardId = "g-1", incidents = true }));

        Assert.Contains("guardId", refused.Message, StringComparison.Ordinal);
    }
}
