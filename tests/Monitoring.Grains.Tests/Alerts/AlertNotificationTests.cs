using System.Text.Json;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;
using Monitoring.Grains.Tests.Incidents;

namespace Monitoring.Grains.Tests.Alerts;

/// <summary>
/// A raised alert tells the others once, with its ticket already linked; learning its incident
/// updates the index and the feed but sends no signal back to the correlation grain.
/// </summary>
[Collection(ScheduledCollection.Name)]
public sealed class AlertNotificationTests(ScheduledClusterFixture fixture)
{
    private const string DeskRoute = "ITicketDeskGrain.RouteAsync";
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _site = "s-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Raise_HighAlert_FeedHearsOnceWithItsTicket_ThenOnceWithItsIncident()
    {
        var id = NewId();

        var raised = await Alert(id).RaiseAsync(Draft(Severity.High));
        var feed = await Eventually.ReachAsync(
            () => AlertEnvelopesAsync(id), items => items.Exists(e => HasIncident(e.Data)), "The incident link never reached the feed.");

        Assert.NotNull(raised.TicketId);
        Assert.Equal([FeedTypes.AlertRaised, FeedTypes.AlertUpdated], feed.Select(e => e.Type));
        Assert.Equal(raised.TicketId, feed[0].Data.GetProperty("ticketId").GetString());
        Assert.False(HasIncident(feed[0].Data));
        Assert.Equal((await Alert(id).GetAsync())!.IncidentId, feed[1].Data.GetProperty("incidentId").GetString());
    }

    [Fact]
    public async Task IncidentLink_ReachesTheAlert_WithoutASignalBackToCorrelation()
    {
        var id = NewId();
        await Alert(id).RaiseAsync(Draft(Severity.Medium));
        var linked = await Eventually.ReachAsync(() => Alert(id).GetAsync(), a => a?.IncidentId is not null, "The alert never learned its incident.");

        await Alert(id).ClearAsync("condition gone");
        var signals = await Eventually.ReachAsync(
            () => SignalsAsync(id), items => items.Exists(s => !s.Open), "The cleared alert's signal never arrived.");

        Assert.NotNull(linked!.IncidentId);
        Assert.Equal([true, false], signals.Select(s => s.Open));
    }

    [Fact]
    public async Task Raise_DeskDown_OthersHearAtOnce_TicketLinkedOnRetry()
    {
        fixture.Faults.Fail(DeskRoute, GrainKeys.Compose(_tenant, _site), times: 1);
        var id = NewId();

        var raised = await Alert(id).RaiseAsync(Draft(Severity.High));
        var listed = await fixture.Grains.GetGrain<IAlertIndexGrain>(_tenant).QueryAsync(new AlertQuery(null, null, null, null, null, null, 10, null, null));
        var linked = await Eventually.ReachAsync(() => Alert(id).GetAsync(), a => a?.TicketId is not null, "The retry never linked a ticket.");

        Assert.Null(raised.TicketId);
        Assert.Equal(id, Assert.Single(listed.Items).AlertId);
        Assert.Equal(0, fixture.Faults.Left(DeskRoute, GrainKeys.Compose(_tenant, _site)));
        Assert.NotNull(linked!.TicketId);
    }

    private static string NewId() => "alr_" + Guid.NewGuid().ToString("N");

    private static bool HasIncident(JsonElement alert) => alert.GetProperty("incidentId").ValueKind == JsonValueKind.String;

    private IAlertGrain Alert(string id) => fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, id));

    private AlertDraft Draft(Severity severity) =>
        new("inactivity", severity, _site, "g-1", "d-1", 0.5, "{}", TimeSpan.FromMinutes(5));

    private async Task<List<FeedEnvelope>> AlertEnvelopesAsync(string id)
    {
        var page = await fixture.Grains.GetGrain<IFeedGrain>(_tenant).ReadAsync(0, 100);
        return [.. page.Items.Where(e => e.Type is FeedTypes.AlertRaised or FeedTypes.AlertUpdated && e.Data.GetProperty("alertId").GetString() == id)];
    }

    private async Task<List<SiteSignal>> SignalsAsync(string id)
    {
        var all = await fixture.Grains.GetGrain<ISignalTapGrain>(GrainKeys.Compose(_tenant, _site)).SignalsAsync();
        return [.. all.Where(s => s.AlertId == id)];
    }
}
