using System.Net;
using System.Text.Json;
using Monitoring.Server.Tests.Feed;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Incidents;

/// <summary>The incident lifecycle over HTTP: investigate, root cause, note, close; repeats, illegal moves, bad bodies, roles and tenants.</summary>
[Collection(IncidentsCollection.Name)]
public sealed class IncidentActionTests(IncidentsHostFixture host)
{
    [Fact]
    public async Task Actions_InvestigateRootCauseNoteClose_EachAppliesAndIsOnTheFeed()
    {
        var (incidentId, _, phone) = await RealIncident.CreateAsync(host);
        await using var feed = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await feed.SubscribeAsync(siteId: phone.SiteId);

        var investigating = await ActAsync(incidentId, "investigate", new { by = "ann", assignee = "bob" });
        Assert.Equal("investigating", investigating.Str("status"));
        Assert.Equal("bob", investigating.Str("assignee"));
        Assert.False(investigating.IsNull("investigatingSince"));

        var caused = await ActAsync(incidentId, "root-cause", new { by = "bob", cause = "phone left in the locker" });
        Assert.Equal("phone left in the locker", caused.Str("rootCause"));

        var noted = await ActAsync(incidentId, "note", new { by = "bob", text = "called the guard\nno answer" });
        var note = Assert.Single(noted.Items("notes"));
        Assert.Equal("bob", note.Str("by"));
        Assert.Equal("called the guard\nno answer", note.Str("text"));

        var closed = await ActAsync(incidentId, "close", new { by = "bob", resolution = "false_positive" });
        Assert.Equal("closed", closed.Str("status"));
        Assert.Equal("false_positive", closed.Str("resolution"));
        Assert.Equal("bob", closed.Str("closedBy"));
        Assert.Equal(["investigate", "root_cause", "note", "close"], closed.Items("history").Select(h => h.Str("action")));
        Assert.Equal(closed.GetRawText(), (await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}")).GetRawText());

        await feed.WaitForAsync(e => e.Str("type") == "incident_updated"
            && e.GetProperty("data").Str("incidentId") == incidentId && e.GetProperty("data").Str("status") == "closed");
        var updates = feed.Received.Where(e => e.Str("type") == "incident_updated" && e.GetProperty("data").Str("incidentId") == incidentId).ToList();
        Assert.Equal(4, updates.Count);
        var listed = await host.Viewer().GetJsonAsync($"api/v1/incidents?siteId={phone.SiteId}&status=closed");
        Assert.Equal(incidentId, Assert.Single(listed.Items()).Str("incidentId"));
    }

    [Fact]
    public async Task Actions_SameActionSameBodyRepeated_200AndNoSecondEffect()
    {
        var (incidentId, _, _) = await RealIncident.CreateAsync(host);
        var first = await ActAsync(incidentId, "note", new { by = "ann", text = "checked the gate" });
        var again = await ActAsync(incidentId, "note", new { by = "ann", text = "checked the gate" });
        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Single(again.Items("notes"));

        var investigating = await ActAsync(incidentId, "investigate", new { by = "ann", assignee = "bob" });
        var repeated = await ActAsync(incidentId, "investigate", new { by = "ann", assignee = "bob" });
        Assert.Equal(investigating.GetRawText(), repeated.GetRawText());

        var closed = await ActAsync(incidentId, "close", new { by = "ann", resolution = "confirmed" });
        var closedAgain = await ActAsync(incidentId, "close", new { by = "ann", resolution = "confirmed" });
        Assert.Equal(closed.GetRawText(), closedAgain.GetRawText());
        Assert.Single(closedAgain.Items("history"), h => h.Str("action") == "close");
    }

    [Theory]
    [InlineData("investigate", """{"by":"ann","assignee":"carl"}""")]
    [InlineData("root-cause", """{"by":"ann","cause":"something else"}""")]
    [InlineData("note", """{"by":"ann","text":"too late"}""")]
    [InlineData("close", """{"by":"ann","resolution":"resolved"}""")]
    public async Task Actions_OnAClosedIncident_409WithCurrentStatusAndNothingChanged(string action, string body)
    {
        var (incidentId, _, _) = await RealIncident.CreateAsync(host);
        var closed = await ActAsync(incidentId, "close", new { by = "ann", resolution = "confirmed" });

        var problem = await (await host.Operator().PostRawAsync($"api/v1/incidents/{incidentId}/{action}", body)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("closed", problem.Str("currentStatus"));
        Assert.Equal(closed.GetRawText(), (await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}")).GetRawText());
    }

    [Theory]
    [InlineData("investigate", """{"by":"ann"}""", "assignee")]
    [InlineData("investigate", """{"by":"ann","assignee":"two\nlines"}""", "assignee")]
    [InlineData("investigate", """{"assignee":"bob"}""", "by")]
    [InlineData("root-cause", """{"by":"ann","cause":"   "}""", "cause")]
    [InlineData("note", """{"by":"ann"}""", "text")]
    [InlineData("note", """{"by":" ","text":"hello"}""", "by")]
    [InlineData("close", """{"by":"ann","resolution":"cleared"}""", "resolution")]
    [InlineData("close", """{"by":"ann"}""", "resolution")]
    public async Task Actions_BadBody_400NamingTheFieldAndNothingChanged(string action, string body, string field)
    {
        var (incidentId, _, _) = await RealIncident.CreateAsync(host);
        var before = await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}");

        await (await host.Operator().PostRawAsync($"api/v1/incidents/{incidentId}/{action}", body)).ValidationProblemAsync(field);

        Assert.Equal(before.GetRawText(), (await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}")).GetRawText());
    }

    [Fact]
    public async Task Actions_AnotherTenantsIncident_404AsIfMissing()
    {
        var (incidentId, _, _) = await RealIncident.CreateAsync(host, Keys.T2);
        var before = await host.Viewer(Keys.T2).GetJsonAsync($"api/v1/incidents/{incidentId}");

        await (await host.Operator().PostJsonAsync($"api/v1/incidents/{incidentId}/investigate", new { by = "ann", assignee = "bob" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer().GetAsync($"api/v1/incidents/{incidentId}/timeline")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(before.GetRawText(), (await host.Viewer(Keys.T2).GetJsonAsync($"api/v1/incidents/{incidentId}")).GetRawText());
    }

    [Theory]
    [InlineData("investigate", """{"by":"ann","assignee":"bob"}""")]
    [InlineData("close", """{"by":"ann","resolution":"confirmed"}""")]
    public async Task Actions_ViewerKey_403AndNothingChanged(string action, string body)
    {
        var (incidentId, _, _) = await RealIncident.CreateAsync(host);
        var before = await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}");

        using var response = await host.Viewer().PostRawAsync($"api/v1/incidents/{incidentId}/{action}", body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.GetRawText(), (await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}")).GetRawText());
    }

    [Fact]
    public async Task Timeline_RealIncident_HoldsAlertGuardTicketAndActionsInTimeOrder()
    {
        var (incidentId, alertId, phone) = await RealIncident.CreateAsync(host);
        await ActAsync(incidentId, "investigate", new { by = "ann", assignee = "bob" });
        await ActAsync(incidentId, "note", new { by = "bob", text = "on my way" });

        var timeline = await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}/timeline");

        Assert.Equal(incidentId, timeline.GetProperty("incident").Str("incidentId"));
        Assert.Equal(1, timeline.Int("alertCount"));
        Assert.Equal(alertId, Assert.Single(timeline.Items("alerts")).Str("alertId"));
        Assert.Equal(phone.GuardId, Assert.Single(timeline.Items("guards")).Str("guardId"));
        var entries = timeline.Items("entries");
        Assert.Equal("opened", entries[0].Str("action"));
        Assert.Contains(entries, e => e.Str("source") == "alert" && e.Str("id") == alertId && e.Str("action") == "raised");
        Assert.Equal(["investigate", "note"], entries.Where(e => e.Str("source") == "incident" && e.Str("action") != "opened").Select(e => e.Str("action")));
        var times = entries.Select(e => e.Time("at")).ToList();
        Assert.Equal(times.Order(), times);
        foreach (var ticket in timeline.Items("tickets"))
        {
            Assert.Contains(entries, e => e.Str("source") == "ticket" && e.Str("id") == ticket.Str("ticketId"));
        }
    }

    private async Task<JsonElement> ActAsync(string incidentId, string action, object body) =>
        await (await host.Operator().PostJsonAsync($"api/v1/incidents/{incidentId}/{action}", body)).JsonAsync(HttpStatusCode.OK);
}
