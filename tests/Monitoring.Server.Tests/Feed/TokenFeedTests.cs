using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Feed;

/// <summary>The hub takes a bearer token as it takes a key (the <c>access_token</c> query value), scoped to the token's tenant.</summary>
[Collection(FeedCollection.Name)]
public sealed class TokenFeedTests(FeedHostFixture host)
{
    [Fact]
    public async Task Hub_TokenInQuery_ReceivesItsTenantsEvents_OtherTenantsTokenDoesNot()
    {
        var phone = new Phone(host);
        await using var mine = await FeedClient.ConnectWithTokenAsync(host, Tokens.For("anna", Keys.T1, Keys.Viewer));
        await using var theirs = await FeedClient.ConnectWithTokenAsync(host, Tokens.For("mallory", Keys.T2, Keys.Admin));
        await mine.SubscribeAsync(siteId: phone.SiteId);
        await theirs.SubscribeAsync(siteId: phone.SiteId);
        await theirs.SubscribeAsync();

        await phone.StartShiftAsync(await host.NowAsync());
        var envelope = await mine.WaitForAsync(e => e.GetProperty("guardId").GetString() == phone.GuardId);

        Assert.Equal(Keys.T1, envelope.GetProperty("tenantId").GetString());
        // The other tenant's client was subscribed before the event: had it been routed there, it
        // would have arrived with the first client's copy.
        await Task.Delay(500);
        Assert.DoesNotContain(theirs.Received, e => e.GetProperty("guardId").GetString() == phone.GuardId);
    }

    [Fact]
    public async Task Hub_ExpiredToken_NegotiateRefused401()
    {
        var token = Tokens.Create(new TokenSpec("anna", Keys.T1, [Keys.Viewer]) { ExpiresIn = TimeSpan.FromMinutes(-10) });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => FeedClient.ConnectWithTokenAsync(host, token));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Hub_DeviceRoleToken_Refused403()
    {
        using var response = await host.Anonymous.PostAsync(
            "hubs/monitoring/negotiate?negotiateVersion=1&access_token=" + Tokens.For("phone-7", Keys.T1, Keys.Device), null);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }
}
