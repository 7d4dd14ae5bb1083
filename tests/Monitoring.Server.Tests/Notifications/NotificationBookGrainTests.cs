using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Notifications;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>
/// The book grain's side for the notifiers, on the running host: the policy with its secrets and
/// version, and silences that end with their alerts (endWhenResolved) once the notifiers report none open.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class NotificationBookGrainTests(NotificationsHostFixture host)
{
    private INotificationBookGrain Book(string tenant = Keys.T1) =>
        host.Services.GetRequiredService<IGrainFactory>().GetGrain<INotificationBookGrain>(tenant);

    [Fact]
    public async Task GetPolicy_AfterAContactChange_HasTheSecretAndAHigherVersion()
    {
        var before = await Book().GetVersionAsync();

        var id = await BookBodies.ContactAsync(host);

        var policy = await Book().GetPolicyAsync();
        Assert.True(policy.Version > before);
        var contact = Assert.Single(policy.Contacts, c => c.ContactId == id);
        Assert.Equal(BookBodies.Secret, contact.Channels[0].Secret);
        Assert.Contains(policy.Inhibitions, r => r.InhibitionId == "dead-phone");
    }

    [Fact]
    public async Task ReportSilenced_EndWhenResolvedAfterAlertsResolve_EndsWithResolved()
    {
        var site = Fresh.Id("site");
        var body = BookBodies.Silence(site, durationMinutes: 600);
        body["endWhenResolved"] = true;
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", body)).JsonAsync(HttpStatusCode.Created);
        var id = created.Str("silenceId");

        await Book().ReportSilencedAsync(id, site, 0);
        Assert.Equal("active", (await host.Viewer().GetJsonAsync($"api/v1/silences/{id}")).Str("status"));
        await Book().ReportSilencedAsync(id, site, 2);
        await Book().ReportSilencedAsync(id, "other-site", 1);
        await Book().ReportSilencedAsync(id, site, 0);
        Assert.Equal("active", (await host.Viewer().GetJsonAsync($"api/v1/silences/{id}")).Str("status"));

        await Book().ReportSilencedAsync(id, "other-site", 0);

        var ended = await host.Viewer().GetJsonAsync($"api/v1/silences/{id}");
        Assert.Equal(("expired", "resolved"), (ended.Str("status"), ended.Str("endedBy")));
    }

    [Fact]
    public async Task ReportSilenced_WithoutEndWhenResolved_StaysActive()
    {
        var site = Fresh.Id("site");
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", BookBodies.Silence(site, durationMinutes: 600))).JsonAsync(HttpStatusCode.Created);
        var id = created.Str("silenceId");

        await Book().ReportSilencedAsync(id, site, 3);
        await Book().ReportSilencedAsync(id, site, 0);

        Assert.Equal("active", (await host.Viewer().GetJsonAsync($"api/v1/silences/{id}")).Str("status"));
    }
}
