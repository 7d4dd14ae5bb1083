using System.Net;
using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary><c>GET /api/v1/notifications</c>: the tenant's delivery log, its filters, paging and bad input.</summary>
[Collection(ApiCollection.Name)]
public sealed class NotificationsApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task List_Filters_ByContactAlertAndStatus_NewestFirstInPages()
    {
        var contact = Fresh.Id("ct");
        var alerts = Enumerable.Range(0, 3).Select(_ => Fresh.Id("alr")).ToList();
        var messages = alerts.Select((a, i) => Outbound.Email(contact, a, ApiHostFixture.Start.AddMinutes(i))).ToArray();
        await host.EnqueueAsync(messages);

        var dead = await Eventually(() => host.Viewer().GetJsonAsync($"api/v1/notifications?contactId={contact}&status=dead"), 3);
        var first = await host.Viewer().GetJsonAsync($"api/v1/notifications?contactId={contact}&limit=2");
        var second = await host.Viewer().GetJsonAsync($"api/v1/notifications?contactId={contact}&limit=2&cursor={first.Str("nextCursor")}");
        var byAlert = await host.Viewer().GetJsonAsync($"api/v1/notifications?alertId={alerts[1]}");
        var sent = await host.Viewer().GetJsonAsync($"api/v1/notifications?contactId={contact}&status=sent");

        Assert.Equal(messages.Select(m => m.DeliveryId).Reverse(), Ids(first).Concat(Ids(second)));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal([messages[1].DeliveryId], Ids(byAlert));
        Assert.Empty(Ids(sent));
        var row = dead.GetProperty("items")[0];
        Assert.Equal(("email", "dead", 1, contact), (row.Str("channel"), row.Str("status"), row.GetProperty("attempts").GetInt32(), row.Str("contactId")));
        Assert.Contains("Smtp:Host", row.Str("lastError"), StringComparison.Ordinal);
        Assert.Equal(alerts[2], row.GetProperty("alertIds")[0].GetString());
    }

    [Fact]
    public async Task Get_ById_OwnTenantOnly()
    {
        var message = Outbound.Email(Fresh.Id("ct"), Fresh.Id("alr"), ApiHostFixture.Start);
        await host.EnqueueAsync(message);

        var row = await host.Viewer().GetJsonAsync($"api/v1/notifications/{message.DeliveryId}");
        var otherTenant = await host.Viewer(Keys.T2).GetAsync($"api/v1/notifications/{message.DeliveryId}");
        var unknown = await host.Viewer().GetAsync("api/v1/notifications/dlv_nothing_here");

        Assert.Equal((message.DeliveryId, message.IdempotencyKey, "firing"), (row.Str("deliveryId"), row.Str("idempotencyKey"), row.Str("reason")));
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("status=delivered", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("cursor=not-a-cursor!", "cursor")]
    [InlineData("cursor=MTIzNDU", "cursor")]
    [InlineData("alertId=a%20b", "alertId")]
    [InlineData("contactId=%00", "contactId")]
    public async Task List_BadFilter_Is400NamingIt(string query, string field)
    {
        var response = await host.Viewer().GetAsync($"api/v1/notifications?{query}");

        await response.ValidationProblemAsync(field);
    }

    [Fact]
    public async Task List_WithoutKey_Is401()
    {
        var response = await host.Anonymous.GetAsync("api/v1/notifications");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static IEnumerable<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.Str("deliveryId"));

    private static async Task<JsonElement> Eventually(Func<Task<JsonElement>> read, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await read();
            if (page.GetProperty("items").GetArrayLength() == count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, page.GetProperty("items").GetArrayLength());
                return page;
            }

            await Task.Delay(50);
        }
    }
}
