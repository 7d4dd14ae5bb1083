using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Alerts;

/// <summary>Bad filters and bad action bodies are 400 naming the field, whatever the alert.</summary>
[Collection(ApiCollection.Name)]
public sealed class AlertQueryValidationTests(ApiHostFixture host)
{
    [Theory]
    [InlineData("status=open", "status")]
    [InlineData("status=cleared", "status")]
    [InlineData("severity=urgent", "severity")]
    [InlineData("since=yesterday", "since")]
    [InlineData("since=2026-13-45T99:00:00Z", "since")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=2.5", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=%25%25%25", "cursor")]
    [InlineData("cursor=NXwA", "cursor")]
    [InlineData("siteId=a%00b", "siteId")]
    [InlineData("guardId=%ED%A0%80", "guardId")]
    [InlineData("type=a%0Ab", "type")]
    public async Task ListAlerts_BadFilter_Is400NamingIt(string query, string field)
    {
        var response = await host.Viewer().GetAsync($"api/v1/alerts?{query}");

        await response.ValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("status=active")]
    [InlineData("status=acknowledged&severity=critical")]
    [InlineData("status=verifying&severity=low")]
    [InlineData("status=resolved&severity=medium&type=inactivity")]
    [InlineData("severity=high&siteId=nowhere&guardId=nobody")]
    [InlineData("since=2026-11-24T00:00:00Z&limit=500")]
    [InlineData("limit=1")]
    public async Task ListAlerts_ValidFilters_Is200(string query)
    {
        var page = await host.Viewer().GetJsonAsync($"api/v1/alerts?{query}");

        Assert.Equal(System.Text.Json.JsonValueKind.Array, page.GetProperty("items").ValueKind);
    }

    [Theory]
    [InlineData("acknowledge", "{}", "by")]
    [InlineData("acknowledge", """{"by": ""}""", "by")]
    [InlineData("acknowledge", """{"by": "   "}""", "by")]
    [InlineData("acknowledge", """{"by": 5}""", "by")]
    [InlineData("verify", """{"method": "call", "response": "no answer"}""", "by")]
    [InlineData("verify", """{"method": "email", "response": "sent", "by": "op"}""", "method")]
    [InlineData("verify", """{"response": "no answer", "by": "op"}""", "method")]
    [InlineData("verify", """{"method": "call", "by": "op"}""", "response")]
    [InlineData("verify", """{"method": 1, "response": "x", "by": "op"}""", "method")]
    [InlineData("resolve", """{"resolution": "confirmed"}""", "by")]
    [InlineData("resolve", """{"by": "op"}""", "resolution")]
    [InlineData("resolve", """{"by": "op", "resolution": "cleared"}""", "resolution")]
    [InlineData("resolve", """{"by": "op", "resolution": "fixed"}""", "resolution")]
    [InlineData("resolve", """{"by": "op", "resolution": ""}""", "resolution")]
    public async Task AlertAction_BadBody_Is400NamingTheField(string action, string body, string field)
    {
        var response = await host.Operator().PostRawAsync($"api/v1/alerts/{Fresh.Id("alr")}/{action}", body);

        await response.ValidationProblemAsync(field);
    }

    [Fact]
    public async Task AlertAction_ByOver200Chars_Is400()
    {
        var response = await host.Operator().PostJsonAsync($"api/v1/alerts/{Fresh.Id("alr")}/acknowledge", new { by = new string('o', 201) });

        await response.ValidationProblemAsync("by");
    }

    [Fact]
    public async Task AlertAction_NotesOver2000Chars_Is400()
    {
        var response = await host.Operator().PostJsonAsync(
            $"api/v1/alerts/{Fresh.Id("alr")}/resolve", new { by = "op", resolution = "resolved", notes = new string('n', 2001) });

        await response.ValidationProblemAsync("notes");
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("verify")]
    [InlineData("resolve")]
    public async Task AlertAction_NoOrMalformedBody_Is400Problem(string action)
    {
        await (await host.Operator().PostAsync($"api/v1/alerts/{Fresh.Id("alr")}/{action}", null)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await host.Operator().PostRawAsync($"api/v1/alerts/{Fresh.Id("alr")}/{action}", "{\"by\": ")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("acknowledge", """{"by": "op"}""")]
    [InlineData("verify", """{"method": "call", "response": "no answer", "by": "op"}""")]
    [InlineData("resolve", """{"by": "op", "resolution": "false_positive"}""")]
    public async Task AlertAction_UnknownAlert_Is404Problem(string action, string body)
    {
        var response = await host.Operator().PostRawAsync($"api/v1/alerts/{Fresh.Id("alr")}/{action}", body);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetAlert_Unknown_Is404Problem()
    {
        await (await host.Viewer().GetAsync($"api/v1/alerts/{Fresh.Id("alr")}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
