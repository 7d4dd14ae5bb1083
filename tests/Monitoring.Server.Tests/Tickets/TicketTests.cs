using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Tickets;

/// <summary>High and critical alerts open tickets (one per type and site per 4 hours) that operators move through their states.</summary>
[Collection(AlertsCollection.Name)]
public sealed class TicketTests(AlertsHostFixture host)
{
    [Fact]
    public async Task CriticalAlert_OpensTicket_AlertPointsAtIt()
    {
        var (phone, listed) = await host.InactiveGuardAsync();

        var alert = await host.AlertAsync(listed.Str("alertId"));
        var ticket = await host.Viewer().GetJsonAsync($"api/v1/tickets/{alert.Str("ticketId")}");

        Assert.Equal("inactivity", ticket.Str("category"));
        Assert.Equal("p1", ticket.Str("priority"));
        Assert.Equal("new", ticket.Str("status"));
        Assert.Equal(phone.SiteId, ticket.Str("siteId"));
        Assert.Equal(phone.GuardId, ticket.Str("guardId"));
        Assert.Contains(alert.Str("alertId"), ticket.Items("alertIds").Select(a => a.GetString()));
        Assert.Equal(alert.Time("raisedAt"), ticket.Time("createdAt"));
        Assert.Equal(ticket.Time("createdAt").AddHours(1), ticket.Time("slaDueAt"));
        Assert.True(ticket.IsNull("assignee"));
    }

    [Fact]
    public async Task TwoAlertsSameTypeAndSite_WithinFourHours_ShareOneTicket()
    {
        var site = await host.PutSiteAsync();
        var first = new Phone(host) { SiteId = site };
        var second = new Phone(host) { SiteId = site };
        var start = await host.NowAsync();
        await first.StartShiftAsync(start);
        await second.StartShiftAsync(start);
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);

        var a = Assert.Single(await first.AlertsAsync());
        var b = Assert.Single(await second.AlertsAsync());
        var ticketA = (await host.AlertAsync(a.Str("alertId"))).Str("ticketId");
        var ticketB = (await host.AlertAsync(b.Str("alertId"))).Str("ticketId");

        Assert.Equal(ticketA, ticketB);
        var ticket = await host.Viewer().GetJsonAsync($"api/v1/tickets/{ticketA}");
        Assert.Equal(2, ticket.Items("alertIds").Count());
        var listed = await host.Viewer().GetJsonAsync($"api/v1/tickets?siteId={site}");
        Assert.Equal(ticketA, Assert.Single(listed.Items("items")).Str("ticketId"));
    }

    [Fact]
    public async Task Transition_FullLifecycle_EachStepKeptAndRetriesHarmless()
    {
        var ticketId = await TicketAsync();

        var assigned = await MoveAsync(ticketId, new { to = "assigned", by = "op-1", assignee = "tech-7" }, HttpStatusCode.OK);
        var again = await MoveAsync(ticketId, new { to = "assigned", by = "op-1", assignee = "tech-7" }, HttpStatusCode.OK);
        await MoveAsync(ticketId, new { to = "in_progress", by = "tech-7" }, HttpStatusCode.OK);
        await MoveAsync(ticketId, new { to = "resolved", by = "tech-7" }, HttpStatusCode.OK);
        var closed = await MoveAsync(ticketId, new { to = "closed", by = "op-1" }, HttpStatusCode.OK);

        Assert.Equal("assigned", assigned.Str("status"));
        Assert.Equal("tech-7", assigned.Str("assignee"));
        Assert.Equal(1, again.Items("history").Count(h => h.Str("action") == "moved"));
        Assert.Equal("closed", closed.Str("status"));
        // The alert's incident may attach itself (asynchronously, from the correlation stream) in between.
        var history = closed.Items("history").Select(h => h.Str("action")).ToList();
        Assert.Equal("opened", history[0]);
        Assert.Equal(4, history.Count(a => a == "moved"));
        var closedList = await host.Viewer().GetJsonAsync("api/v1/tickets?status=closed");
        Assert.Contains(ticketId, closedList.Items("items").Select(t => t.Str("ticketId")));
    }

    [Fact]
    public async Task Transition_IllegalMove_409WithCurrentStatusAndNothingChanged()
    {
        var ticketId = await TicketAsync();

        var response = await host.Operator().PostJsonAsync($"api/v1/tickets/{ticketId}/transition", new { to = "resolved", by = "op-1" });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("new", problem.Str("currentStatus"));
        Assert.Equal("new", (await host.Viewer().GetJsonAsync($"api/v1/tickets/{ticketId}")).Str("status"));
    }

    [Theory]
    [InlineData("""{ "to": "assigned", "by": "op-1" }""", "assignee")]
    [InlineData("""{ "to": "in_progress", "by": "op-1", "assignee": "x" }""", "assignee")]
    [InlineData("""{ "to": "reopened", "by": "op-1" }""", "to")]
    [InlineData("""{ "to": "new", "by": "op-1" }""", "to")]
    [InlineData("""{ "to": "assigned", "assignee": "x" }""", "by")]
    [InlineData("""{ "to": "resolved", "by": "op-1", "verdict": "maybe" }""", "verdict")]
    [InlineData("""{ "to": "assigned", "by": "op-1", "assignee": "x", "verdict": "confirmed" }""", "verdict")]
    public async Task Transition_BadBody_400NamingTheField(string body, string field)
    {
        var ticketId = await TicketAsync();

        var response = await host.Operator().PostRawAsync($"api/v1/tickets/{ticketId}/transition", body);

        await response.ValidationProblemAsync(field);
        Assert.Equal("new", (await host.Viewer().GetJsonAsync($"api/v1/tickets/{ticketId}")).Str("status"));
    }

    [Fact]
    public async Task Transition_VerdictOnATicketThatIsNotFraud_400NamingItAndNothingChanged()
    {
        var ticketId = await TicketAsync();
        var path = $"api/v1/tickets/{ticketId}/transition";
        await (await host.Operator().PostJsonAsync(path, new { to = "assigned", by = "op-1", assignee = "ana" })).JsonAsync(HttpStatusCode.OK);
        await (await host.Operator().PostJsonAsync(path, new { to = "in_progress", by = "op-1" })).JsonAsync(HttpStatusCode.OK);

        var response = await host.Operator().PostJsonAsync(path, new { to = "resolved", by = "op-1", verdict = "confirmed" });

        await response.ValidationProblemAsync("verdict");
        Assert.Equal("in_progress", (await host.Viewer().GetJsonAsync($"api/v1/tickets/{ticketId}")).Str("status"));
    }

    [Fact]
    public async Task Tickets_UnknownIdOtherTenantOrViewer_404Or403()
    {
        var ticketId = await TicketAsync();

        await (await host.Viewer().GetAsync("api/v1/tickets/tkt_missing")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/tickets/{ticketId}")).ProblemAsync(HttpStatusCode.NotFound);
        var viewerMove = await host.Viewer().PostJsonAsync($"api/v1/tickets/{ticketId}/transition", new { to = "assigned", by = "v", assignee = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, viewerMove.StatusCode);
        await (await host.Viewer().GetAsync("api/v1/tickets?priority=urgent")).ValidationProblemAsync("priority");
    }

    private async Task<string> TicketAsync()
    {
        var (_, listed) = await host.InactiveGuardAsync();
        return (await host.AlertAsync(listed.Str("alertId"))).Str("ticketId");
    }

    private async Task<System.Text.Json.JsonElement> MoveAsync(string ticketId, object body, HttpStatusCode expected) =>
        await (await host.Operator().PostJsonAsync($"api/v1/tickets/{ticketId}/transition", body)).JsonAsync(expected);
}
