using System.Net;
using System.Net.Http.Headers;
using Monitoring.Domain.Alerts;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>The one-click acknowledge link: GET shows the alert and a button and changes nothing, POST acknowledges as the contact (again harmlessly); a tampered token is 400, an expired one 410.</summary>
[Collection(ApiCollection.Name)]
public sealed class AckLinkTests(ApiHostFixture host)
{
    private readonly NotifySeed _seed = new(host);

    [Fact]
    public async Task Get_ValidLink_HtmlPageWithAButton_AlertUnchanged()
    {
        _seed.Contact("alice", "Alice Martin");
        var alertId = await _seed.RaiseAsync();

        using var response = await host.Anonymous.GetAsync(Path(alertId, "alice"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(alertId, html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\">", html, StringComparison.Ordinal);
        Assert.Contains("Alice Martin", html, StringComparison.Ordinal);
        Assert.Equal(AlertStatus.Active, (await _seed.Alert(alertId).GetAsync())!.Status);
    }

    [Fact]
    public async Task Post_ValidLink_AcknowledgedAsTheContact_RepeatIsHarmless()
    {
        _seed.Contact("alice", "Alice Martin");
        var alertId = await _seed.RaiseAsync();

        var first = await PostJsonAsync(Path(alertId, "alice"));
        var again = await PostJsonAsync(Path(alertId, "alice"));

        Assert.Equal("acknowledged", first.Str("status"));
        Assert.Equal("Alice Martin (link)", first.Str("acknowledgedBy"));
        Assert.Equal(first.Str("acknowledgedAt"), again.Str("acknowledgedAt"));
        var alert = await _seed.Alert(alertId).GetAsync();
        Assert.Single(alert!.History, h => h.Action == "acknowledged");
    }

    [Fact]
    public async Task Post_FromTheHtmlForm_HtmlConfirmation()
    {
        _seed.Contact("bob", "Bob");
        var alertId = await _seed.RaiseAsync();

        using var response = await host.Anonymous.PostAsync(Path(alertId, "bob"), new FormUrlEncodedContent([]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Acknowledged by Bob (link)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAndPost_TamperedToken_400NamingTheToken_NothingChanged()
    {
        _seed.Contact("alice", "Alice");
        var alertId = await _seed.RaiseAsync();
        var other = await _seed.RaiseAsync();
        var token = Token(alertId, "alice");
        var forged = Token(other, "alice")[..Token(other, "alice").IndexOf('.', StringComparison.Ordinal)] + token[token.IndexOf('.', StringComparison.Ordinal)..];

        await (await host.Anonymous.GetAsync($"api/v1/ack/{forged}")).ValidationProblemAsync("token");
        await (await host.Anonymous.PostAsync($"api/v1/ack/{forged}", null)).ValidationProblemAsync("token");
        await (await host.Anonymous.PostAsync("api/v1/ack/not-a-token", null)).ValidationProblemAsync("token");

        Assert.Equal(AlertStatus.Active, (await _seed.Alert(other).GetAsync())!.Status);
    }

    [Fact]
    public async Task GetAndPost_ExpiredToken_410()
    {
        _seed.Contact("alice", "Alice");
        var alertId = await _seed.RaiseAsync();
        var expired = _seed.Links.TokenFor(_seed.Tenant, alertId, "alice", ApiHostFixture.Start.AddMinutes(-1));

        await (await host.Anonymous.GetAsync($"api/v1/ack/{expired}")).ProblemAsync(HttpStatusCode.Gone);
        await (await host.Anonymous.PostAsync($"api/v1/ack/{expired}", null)).ProblemAsync(HttpStatusCode.Gone);

        Assert.Equal(AlertStatus.Active, (await _seed.Alert(alertId).GetAsync())!.Status);
    }

    [Fact]
    public async Task Post_ValidLinkUnknownAlert_404()
    {
        await (await host.Anonymous.PostAsync(Path("alt-missing", "alice"), null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private string Token(string alertId, string contactId) =>
        _seed.Links.TokenFor(_seed.Tenant, alertId, contactId, ApiHostFixture.Start.AddHours(24));

    private string Path(string alertId, string contactId) => $"api/v1/ack/{Token(alertId, contactId)}";

    private async Task<System.Text.Json.JsonElement> PostJsonAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await (await host.Anonymous.SendAsync(request)).JsonAsync(HttpStatusCode.OK);
    }
}
