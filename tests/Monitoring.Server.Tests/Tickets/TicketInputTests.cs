using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Tickets;

/// <summary>A move's <c>by</c> and <c>assignee</c> are one line of at most 128 characters, without control characters or lone surrogates.</summary>
[Collection(AlertsCollection.Name)]
public sealed class TicketInputTests(AlertsHostFixture host)
{
    [Theory]
    [InlineData("""{"to":"assigned","by":"lead","assignee":"op\u0007"}""", "assignee")]
    [InlineData("""{"to":"assigned","by":"lead","assignee":"op\ud800"}""", "assignee")]
    [InlineData("""{"to":"assigned","by":"lead\r\nX-Injected: 1","assignee":"op"}""", "by")]
    [InlineData("""{"to":"in_progress","by":"\udfff"}""", "by")]
    public async Task Transition_BadText_Is400NamingTheField_AndChangesNothing(string body, string field)
    {
        var (_, listed) = await host.InactiveGuardAsync();
        var ticketId = (await host.AlertAsync(listed.Str("alertId"))).Str("ticketId");

        var response = await host.Operator().PostRawAsync($"api/v1/tickets/{ticketId}/transition", body);

        await response.ValidationProblemAsync(field);
        var ticket = await host.Viewer().GetJsonAsync($"api/v1/tickets/{ticketId}");
        Assert.Equal("new", ticket.Str("status"));
        Assert.True(ticket.IsNull("assignee"));
    }

    [Fact]
    public async Task Transition_NamesAtTheLimit_Apply_OverTheLimit_Is400()
    {
        var (_, listed) = await host.InactiveGuardAsync();
        var ticketId = (await host.AlertAsync(listed.Str("alertId"))).Str("ticketId");
        var path = $"api/v1/tickets/{ticketId}/transition";

        var over = await host.Operator().PostJsonAsync(path, new { to = "assigned", by = "lead", assignee = new string('a', 129) });
        var atLimit = await host.Operator().PostJsonAsync(path, new { to = "assigned", by = new string('b', 128), assignee = new string('a', 128) });

        await over.ValidationProblemAsync("assignee");
        Assert.Equal(new string('a', 128), (await atLimit.JsonAsync(HttpStatusCode.OK)).Str("assignee"));
    }
}
