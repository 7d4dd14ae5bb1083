using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Security;

/// <summary>Per-key token buckets, ingest apart from the rest: 429 problem+json with Retry-After once a bucket is empty.</summary>
[Collection(RateLimitCollection.Name)]
public sealed class RateLimitTests(RateLimitHostFixture host)
{
    [Fact]
    public async Task Api_OverTheBurst_Is429ProblemWithRetryAfter()
    {
        var viewer = host.Viewer(Keys.T1);
        for (var i = 0; i < RateLimitHostFixture.ApiBurst; i++)
        {
            await viewer.GetJsonAsync("api/v1/alerts");
        }

        var response = await viewer.GetAsync("api/v1/alerts");

        var retryAfter = response.Headers.RetryAfter?.Delta;
        await response.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1000));
    }

    [Fact]
    public async Task Api_OneKeyOverTheBurst_OtherKeyIsServed()
    {
        var spent = host.Operator(Keys.T1);
        for (var i = 0; i < RateLimitHostFixture.ApiBurst; i++)
        {
            await spent.GetJsonAsync("api/v1/alerts");
        }

        await (await spent.GetAsync("api/v1/alerts")).ProblemAsync(HttpStatusCode.TooManyRequests);
        await host.Operator(Keys.T2).GetJsonAsync("api/v1/alerts");
    }

    [Fact]
    public async Task Ingest_HasItsOwnBucket_AndAnswers429OverIt()
    {
        var admin = host.Admin(Keys.T1);
        for (var i = 0; i < RateLimitHostFixture.ApiBurst; i++)
        {
            await admin.GetJsonAsync("api/v1/alerts");
        }

        await (await admin.GetAsync("api/v1/alerts")).ProblemAsync(HttpStatusCode.TooManyRequests);
        var now = await host.NowAsync();
        var phone = new Phone(host);
        for (var i = 0; i < RateLimitHostFixture.IngestBurst; i++)
        {
            var accepted = await (await admin.PostJsonAsync("api/v1/telemetry", new { events = new[] { phone.Event("heartbeat", now) } }))
                .JsonAsync(HttpStatusCode.Accepted);
            Assert.Equal(1, accepted.Int("accepted"));
        }

        var response = await admin.PostJsonAsync("api/v1/telemetry", new { events = new[] { phone.Event("heartbeat", now) } });

        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        await response.ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Anonymous_IsLimitedByAddress()
    {
        for (var i = 0; i < RateLimitHostFixture.ApiBurst; i++)
        {
            await host.Anonymous.GetJsonAsync("api/v1/health");
        }

        var response = await host.Client("not-a-key").GetAsync("api/v1/health");

        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        await response.ProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
