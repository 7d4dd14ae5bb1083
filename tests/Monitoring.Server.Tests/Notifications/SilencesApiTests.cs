using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>
/// /api/v1/silences: created with a Location, shown with their status, ending on time as the manual
/// clock moves (with a silence_updated envelope on the feed), expired early, and bad ones refused
/// with nothing stored. The tests move the collection's clock forward only.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class SilencesApiTests(NotificationsHostFixture host)
{
    [Fact]
    public async Task CreateSilence_Valid_201WithLocationAndActive()
    {
        var site = Fresh.Id("site");
        var now = await host.NowAsync();

        var response = await host.Admin().PostJsonAsync("api/v1/silences", BookBodies.Silence(site, durationMinutes: 90));
        var location = response.Headers.Location;
        var created = await response.JsonAsync(HttpStatusCode.Created);

        var id = created.Str("silenceId");
        Assert.StartsWith("sil_", id, StringComparison.Ordinal);
        Assert.Equal($"/api/v1/silences/{id}", location?.OriginalString);
        Assert.Equal(("active", site, "ops-anna"), (created.Str("status"), created.GetProperty("matchers").Str("siteId"), created.Str("createdBy")));
        Assert.Equal(created.Time("startsAt").AddMinutes(90), created.Time("endsAt"));
        Assert.True(created.Time("startsAt") >= now);
        var got = await host.Viewer().GetJsonAsync($"api/v1/silences/{id}");
        Assert.Equal("active", got.Str("status"));
        Assert.Contains((await host.Viewer().GetJsonAsync("api/v1/silences?status=active")).EnumerateArray(), s => s.Str("silenceId") == id);
        Assert.DoesNotContain((await host.Viewer().GetJsonAsync("api/v1/silences?status=pending")).EnumerateArray(), s => s.Str("silenceId") == id);
    }

    [Fact]
    public async Task CreateSilence_EndsBeforeItStarts_400NamingEndsAtAndNothingStored()
    {
        var site = Fresh.Id("site");
        var now = await host.NowAsync();
        var body = BookBodies.Silence(site);
        body.Remove("durationMinutes");
        body["startsAt"] = Iso.Of(now.AddHours(3));
        body["endsAt"] = Iso.Of(now.AddHours(2));

        await (await host.Admin().PostJsonAsync("api/v1/silences", body)).ValidationProblemAsync("endsAt");

        Assert.DoesNotContain((await host.Viewer().GetJsonAsync("api/v1/silences")).EnumerateArray(), s => s.GetProperty("matchers").Str("siteId") == site);
    }

    [Theory]
    [InlineData("{\"durationMinutes\":60,\"createdBy\":\"a\",\"comment\":\"c\"}", "matchers")]
    [InlineData("{\"matchers\":{},\"durationMinutes\":60,\"createdBy\":\"a\",\"comment\":\"c\"}", "matchers")]
    [InlineData("{\"matchers\":{\"type\":\"sleeping\"},\"durationMinutes\":60,\"createdBy\":\"a\",\"comment\":\"c\"}", "matchers.type")]
    [InlineData("{\"matchers\":{\"severity\":\"dire\"},\"durationMinutes\":60,\"createdBy\":\"a\",\"comment\":\"c\"}", "matchers.severity")]
    [InlineData("{\"matchers\":{\"siteId\":\"a b\"},\"durationMinutes\":60,\"createdBy\":\"a\",\"comment\":\"c\"}", "matchers.siteId")]
    [InlineData("{\"matchers\":{\"type\":\"inactivity\"},\"createdBy\":\"a\",\"comment\":\"c\"}", "endsAt")]
    [InlineData("{\"matchers\":{\"type\":\"inactivity\"},\"endsAt\":\"2020-01-01T00:00:00Z\",\"startsAt\":\"2019-12-31T00:00:00Z\",\"createdBy\":\"a\",\"comment\":\"c\"}", "endsAt")]
    [InlineData("{\"matchers\":{\"type\":\"inactivity\"},\"durationMinutes\":0,\"createdBy\":\"a\",\"comment\":\"c\"}", "durationMinutes")]
    [InlineData("{\"matchers\":{\"type\":\"inactivity\"},\"durationMinutes\":200000,\"createdBy\":\"a\",\"comment\":\"c\"}", "durationMinutes")]
    [InlineData("{\"matchers\":{\"type\":\"inactivity\"},\"durationMinutes\":60,\"comment\":\"c\"}", "createdBy")]
    [InlineData("{\"matchers\":{\"type\":\"inactivity\"},\"durationMinutes\":60,\"createdBy\":\"a\"}", "comment")]
    public async Task CreateSilence_BadBody_400NamingTheField(string body, string field)
    {
        var before = (await host.Viewer().GetJsonAsync("api/v1/silences")).GetArrayLength();

        await (await host.Admin().PostRawAsync("api/v1/silences", body)).ValidationProblemAsync(field);

        Assert.Equal(before, (await host.Viewer().GetJsonAsync("api/v1/silences")).GetArrayLength());
    }

    [Fact]
    public async Task Silence_ClockPassesItsEnd_ExpiredAndAnnouncedOnTheFeed()
    {
        var site = Fresh.Id("site");
        var afterSeq = await LastSeqAsync();
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", BookBodies.Silence(site, durationMinutes: 10))).JsonAsync(HttpStatusCode.Created);
        var id = created.Str("silenceId");

        await host.SetClockAsync(created.Time("endsAt").AddMinutes(1));

        var got = await host.Viewer().GetJsonAsync($"api/v1/silences/{id}");
        Assert.Equal("expired", got.Str("status"));
        Assert.True(got.IsNull("endedAt"));
        var statuses = await FeedStatusesAsync(id, afterSeq, until: s => s.Contains("expired"));
        Assert.Equal(["active", "expired"], statuses);
    }

    [Fact]
    public async Task Silence_StartingLater_PendingThenActiveWhenTheClockGetsThere()
    {
        var now = await host.NowAsync();
        var body = BookBodies.Silence(Fresh.Id("site"));
        body["startsAt"] = Iso.Of(now.AddHours(1));
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", body)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("pending", created.Str("status"));

        await host.SetClockAsync(now.AddHours(1).AddMinutes(1));

        Assert.Equal("active", (await host.Viewer().GetJsonAsync($"api/v1/silences/{created.Str("silenceId")}")).Str("status"));
    }

    [Fact]
    public async Task DeleteSilence_Active_ExpiresNowAndRepeatingChangesNothing()
    {
        var afterSeq = await LastSeqAsync();
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", BookBodies.Silence(Fresh.Id("site")))).JsonAsync(HttpStatusCode.Created);
        var id = created.Str("silenceId");

        var expired = await (await host.Admin().DeleteAsync($"api/v1/silences/{id}?by=ops-ben")).JsonAsync(HttpStatusCode.OK);
        var again = await (await host.Admin().DeleteAsync($"api/v1/silences/{id}?by=someone-else")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("expired", "ops-ben"), (expired.Str("status"), expired.Str("endedBy")));
        Assert.Equal(expired.Time("endedAt"), again.Time("endedAt"));
        Assert.Equal("ops-ben", again.Str("endedBy"));
        Assert.Equal("expired", (await host.Viewer().GetJsonAsync($"api/v1/silences/{id}")).Str("status"));
        Assert.Equal(["active", "expired"], await FeedStatusesAsync(id, afterSeq, until: s => s.Contains("expired")));
    }

    [Fact]
    public async Task Silences_RolesAndTenants_Enforced()
    {
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", BookBodies.Silence(Fresh.Id("site")))).JsonAsync(HttpStatusCode.Created);
        var id = created.Str("silenceId");

        await (await host.Viewer().PostJsonAsync("api/v1/silences", BookBodies.Silence(Fresh.Id("site")))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Operator().DeleteAsync($"api/v1/silences/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Device().GetAsync("api/v1/silences")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/silences/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Admin(Keys.T2).DeleteAsync($"api/v1/silences/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await host.Viewer(Keys.T2).GetJsonAsync("api/v1/silences")).EnumerateArray(), s => s.Str("silenceId") == id);
        Assert.Equal("active", (await host.Viewer().GetJsonAsync($"api/v1/silences/{id}")).Str("status"));
    }

    [Fact]
    public async Task ListSilences_UnknownStatus_400NamingStatus()
    {
        await (await host.Viewer().GetAsync("api/v1/silences?status=asleep")).ValidationProblemAsync("status");
    }

    private async Task<long> LastSeqAsync()
    {
        var page = await host.Viewer().GetJsonAsync("api/v1/events?limit=1000");
        var items = page.Items();
        return items.Length == 0 ? 0 : items[^1].GetProperty("seq").GetInt64();
    }

    /// <summary>The statuses of the silence_updated envelopes about <paramref name="silenceId"/>, polled until <paramref name="until"/> holds (30 s at most).</summary>
    private async Task<List<string>> FeedStatusesAsync(string silenceId, long afterSeq, Func<List<string>, bool> until)
    {
        var statuses = new List<string>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var page = await host.Viewer().GetJsonAsync($"api/v1/events?after={afterSeq}&limit=1000");
            statuses = [.. page.Items()
                .Where(e => e.Str("type") == "silence_updated" && e.GetProperty("data").Str("silenceId") == silenceId)
                .Select(e => e.GetProperty("data").Str("status"))];
            if (until(statuses))
            {
                break;
            }

            await Task.Delay(100);
        }

        return statuses;
    }
}
