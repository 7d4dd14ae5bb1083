using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Tests.Fixtures;
using static Monitoring.Grains.Tests.Notifications.NotifyScenario;

namespace Monitoring.Grains.Tests.Notifications;

/// <summary>Silences and inhibition applied: the alert is raised and shows what holds it, nobody is told, it does not escalate; once lifted, it is notified.</summary>
[Collection(NotificationCollection.Name)]
public sealed class NotificationSilenceTests(NotificationClusterFixture fixture)
{
    private readonly NotifyScenario _site = new(fixture);

    [Fact]
    public async Task Silenced_NeitherNotifiedNorEscalated_ShowsSilence_NotifiedOnceItEnds()
    {
        var t0 = _site.Now;
        var silence = new Silence
        {
            SilenceId = "sil_maint",
            Matchers = new SilenceMatchers { GuardId = "g1" },
            StartsAt = t0.AddMinutes(-1),
            EndsAt = t0.AddMinutes(30),
            CreatedBy = "admin",
            Comment = "maintenance",
        };
        _site.Seed([Contact("op"), Contact("sup")], [Route((0, ["op"]), (1, ["sup"]))], [silence]);
        var silenced = await _site.RaiseAsync(guardId: "g1", sla: TimeSpan.FromMinutes(5));
        var other = await _site.RaiseAsync(guardId: "g2", sla: TimeSpan.FromHours(2));
        var marked = await Eventually.ReachAsync(() => _site.Alert(silenced).GetAsync(), a => a?.SilencedBy is not null, "The alert never showed its silence.");

        await _site.AdvanceToAsync(t0.AddMinutes(20));
        var during = _site.Messages.SelectMany(m => m.Items).Select(i => i.AlertId).ToList();
        var level = (await _site.Alert(silenced).GetAsync())!.EscalationLevel;
        await _site.AdvanceToAsync(t0.AddMinutes(30));
        await Eventually.ReachAsync(() => _site.Alert(silenced).GetAsync(), a => a?.SilencedBy is null, "The silence was never lifted.");
        await _site.AdvanceToAsync(t0.AddMinutes(31));

        Assert.Equal("sil_maint", marked!.SilencedBy);
        Assert.Equal(0, level);
        Assert.Equal([other], during);
        Assert.Contains(_site.To("op"), m => m.Items.Any(i => i.AlertId == silenced));
        Assert.Empty(_site.To("sup"));
        _site.NoRepeatedKeys();
    }

    [Fact]
    public async Task DeadPhone_InhibitsTheGuardsInactivity_UntilTheDeviceIsBack()
    {
        var rule = new Inhibition
        {
            InhibitionId = "dead-phone",
            SourceTypes = ["device_offline", "battery_low"],
            SourceMinSeverity = Severity.High,
            TargetTypes = ["inactivity"],
            OnlyDevice = true,
        };
        _site.Seed([Contact("op", ChannelKind.Webhook)], [Route((0, ["op"]))], inhibitions: [rule]);
        var offline = await _site.RaiseAsync("device_offline", Severity.High, "g1", "d1");
        var inactivity = await _site.RaiseAsync("inactivity", Severity.High, "g1", "d1", evidence: """{"guardDevices":1}""");
        var marked = await Eventually.ReachAsync(() => _site.Alert(inactivity).GetAsync(), a => a?.InhibitedBy is not null, "The inactivity alert never showed its inhibition.");

        await _site.AdvanceAsync(TimeSpan.FromMinutes(2));
        var before = _site.Messages.SelectMany(m => m.Items).Select(i => i.AlertId).ToList();
        await _site.Alert(offline).ClearAsync("device_back");
        await Eventually.ReachAsync(() => _site.Alert(inactivity).GetAsync(), a => a?.InhibitedBy is null, "The inhibition was never lifted.");
        await _site.AdvanceAsync(TimeSpan.FromMinutes(6));

        Assert.Equal(offline, marked!.InhibitedBy);
        Assert.Equal([offline], before);
        Assert.Contains(_site.Messages, m => m.Reason == NotificationReason.Firing && m.Items.Any(i => i.AlertId == inactivity));
        var resolved = Assert.Single(_site.Messages, m => m.Reason == NotificationReason.Resolved);
        Assert.Equal([offline], resolved.Items.Select(i => i.AlertId));
        _site.NoRepeatedKeys();
    }

    [Fact]
    public async Task DeadPhone_GuardWithTwoPhones_InactivityNotified()
    {
        var rule = new Inhibition
        {
            InhibitionId = "dead-phone",
            SourceTypes = ["device_offline"],
            TargetTypes = ["inactivity"],
            OnlyDevice = true,
        };
        _site.Seed([Contact("op")], [Route((0, ["op"]))], inhibitions: [rule]);
        await _site.RaiseAsync("device_offline", Severity.High, "g1", "d1");
        var inactivity = await _site.RaiseAsync("inactivity", Severity.High, "g1", "d2", evidence: """{"guardDevices":2}""");

        await _site.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Contains(_site.Messages, m => m.Items.Any(i => i.AlertId == inactivity));
        Assert.Null((await _site.Alert(inactivity).GetAsync())!.InhibitedBy);
        _site.NoRepeatedKeys();
    }
}
