using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>PUT/GET/DELETE /api/v1/contacts: round trips, secrets never shown, bad channels refused with nothing stored, roles and tenants.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class ContactsApiTests(NotificationsHostFixture host)
{
    [Fact]
    public async Task PutContact_AllChannelKinds_RoundTripsWithSecretsMasked()
    {
        var id = Fresh.Id("ct");
        var body = BookBodies.Contact(
            BookBodies.Webhook(),
            new JsonObject { ["kind"] = "email", ["address"] = "night.lead@example.com" },
            new JsonObject { ["kind"] = "slack", ["url"] = "https://hooks.slack.com/services/T0/B0/x" },
            new JsonObject { ["kind"] = "teams", ["url"] = "https://example.webhook.office.com/webhookb2/abc" },
            new JsonObject { ["kind"] = "pagerduty", ["routingKey"] = "R0UT1NGKEY0123456789ABCDEFGHIJKL" },
            new JsonObject { ["kind"] = "sms", ["phone"] = "+33612345678" });
        body["rateLimitMessages"] = 5;
        body["rateLimitMinutes"] = 30;

        var put = await (await host.Admin().PutJsonAsync($"api/v1/contacts/{id}", body)).JsonAsync(HttpStatusCode.OK);
        var got = await host.Viewer().GetJsonAsync($"api/v1/contacts/{id}");
        var list = await host.Viewer().GetJsonAsync("api/v1/contacts");

        foreach (var contact in new[] { put, got })
        {
            Assert.Equal((id, "Night supervisor", 5, 30), (contact.Str("contactId"), contact.Str("name"), contact.Int("rateLimitMessages"), contact.Int("rateLimitMinutes")));
            var channels = contact.Items("channels");
            Assert.Equal(["webhook", "email", "slack", "teams", "pagerduty", "sms"], channels.Select(c => c.Str("kind")));
            Assert.All(channels, c => Assert.True(c.IsNull("secret")));
            Assert.True(channels[0].Bool("hasSecret"));
            Assert.Equal("+33612345678", channels[5].Str("phone"));
        }

        Assert.Contains(list.EnumerateArray(), c => c.Str("contactId") == id);
        Assert.DoesNotContain(BookBodies.Secret, list.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutContact_SameWebhookWithoutSecret_KeepsTheStoredSecret()
    {
        var id = await BookBodies.ContactAsync(host);
        var again = BookBodies.Contact(BookBodies.Webhook(secret: null));
        again["name"] = "Renamed";

        var put = await (await host.Admin().PutJsonAsync($"api/v1/contacts/{id}", again)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Renamed", put.Str("name"));
        Assert.True(put.Items("channels")[0].Bool("hasSecret"));
    }

    [Fact]
    public async Task PutContact_WebhookToANewUrlWithoutSecret_400NamingTheSecret()
    {
        var id = await BookBodies.ContactAsync(host);

        var response = await host.Admin().PutJsonAsync($"api/v1/contacts/{id}", BookBodies.Contact(BookBodies.Webhook("https://other.example.com/x", secret: null)));

        await response.ValidationProblemAsync("channels[0].secret");
        var stored = await host.Viewer().GetJsonAsync($"api/v1/contacts/{id}");
        Assert.Equal("https://hooks.example.com/monitoring", stored.Items("channels")[0].Str("url"));
    }

    [Theory]
    [InlineData("ftp://hooks.example.com/x", "channels[0].url")]
    [InlineData("/relative/path", "channels[0].url")]
    [InlineData("https://", "channels[0].url")]
    [InlineData("not a url", "channels[0].url")]
    public async Task PutContact_InvalidUrl_400NamingTheFieldAndNothingStored(string url, string field)
    {
        var id = Fresh.Id("ct");

        var response = await host.Admin().PutJsonAsync($"api/v1/contacts/{id}", BookBodies.Contact(BookBodies.Webhook(url)));

        await response.ValidationProblemAsync(field);
        await (await host.Viewer().GetAsync($"api/v1/contacts/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"kind\":\"carrier_pigeon\",\"url\":\"https://x.example.com\"}", "channels[0].kind")]
    [InlineData("{\"url\":\"https://x.example.com\"}", "channels[0].kind")]
    [InlineData("{\"kind\":\"email\",\"address\":\"not-an-address\"}", "channels[0].address")]
    [InlineData("{\"kind\":\"sms\",\"phone\":\"0612345678\"}", "channels[0].phone")]
    [InlineData("{\"kind\":\"pagerduty\"}", "channels[0].routingKey")]
    [InlineData("{\"kind\":\"webhook\",\"url\":\"https://x.example.com\",\"secret\":\"short\"}", "channels[0].secret")]
    [InlineData("{\"kind\":\"email\",\"address\":\"a@example.com\",\"url\":\"https://x.example.com\"}", "channels[0].url")]
    [InlineData("null", "channels[0]")]
    public async Task PutContact_BadChannel_400NamingTheFieldAndNothingStored(string channel, string field)
    {
        var id = Fresh.Id("ct");
        var body = $"{{\"name\":\"X\",\"channels\":[{channel}]}}";

        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/v1/contacts/{id}") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        var response = await host.Admin().SendAsync(request);

        await response.ValidationProblemAsync(field);
        await (await host.Viewer().GetAsync($"api/v1/contacts/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutContact_NoChannelsAndRateLimitOutOfRange_400NamingEach()
    {
        var body = new JsonObject { ["name"] = "X", ["channels"] = new JsonArray(), ["rateLimitMessages"] = 0, ["rateLimitMinutes"] = 1441 };

        var problem = await (await host.Admin().PutJsonAsync($"api/v1/contacts/{Fresh.Id("ct")}", body)).ValidationProblemAsync("channels");

        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("rateLimitMessages", fields);
        Assert.Contains("rateLimitMinutes", fields);
    }

    [Fact]
    public async Task Contacts_ViewerCannotChange_DeviceCannotRead()
    {
        var id = await BookBodies.ContactAsync(host);

        await (await host.Viewer().PutJsonAsync($"api/v1/contacts/{id}", BookBodies.Contact())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Operator().DeleteAsync($"api/v1/contacts/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Device().GetAsync("api/v1/contacts")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Device().GetAsync($"api/v1/contacts/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await host.Viewer().GetJsonAsync($"api/v1/contacts/{id}");
    }

    [Fact]
    public async Task Contacts_AnotherTenantsId_404AndNotListed()
    {
        var id = await BookBodies.ContactAsync(host, Keys.T1);

        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/contacts/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Admin(Keys.T2).DeleteAsync($"api/v1/contacts/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var list = await host.Viewer(Keys.T2).GetJsonAsync("api/v1/contacts");
        Assert.DoesNotContain(list.EnumerateArray(), c => c.Str("contactId") == id);
        await host.Viewer(Keys.T1).GetJsonAsync($"api/v1/contacts/{id}");
    }

    [Fact]
    public async Task DeleteContact_UsedByARoute_409NamingTheRouteThen204OnceFree()
    {
        var contact = await BookBodies.ContactAsync(host);
        var site = await BookBodies.SiteAsync(host);
        var route = Fresh.Id("rt");
        await (await host.Admin().PutJsonAsync($"api/v1/routes/{route}", BookBodies.Route(contact, site))).JsonAsync(HttpStatusCode.OK);

        var refused = await (await host.Admin().DeleteAsync($"api/v1/contacts/{contact}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(route, refused.Str("detail"), StringComparison.Ordinal);
        await host.Viewer().GetJsonAsync($"api/v1/contacts/{contact}");

        Assert.Equal(HttpStatusCode.NoContent, (await host.Admin().DeleteAsync($"api/v1/routes/{route}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Admin().DeleteAsync($"api/v1/contacts/{contact}")).StatusCode);
        await (await host.Viewer().GetAsync($"api/v1/contacts/{contact}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Admin().DeleteAsync($"api/v1/contacts/{contact}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
