using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Alerts;

/// <summary>
/// The SLA follows the alert's current severity: a battery alert that turns critical is due 5 minutes
/// later, not 15 after it was raised, and escalates then, one 5-minute period per further level.
/// </summary>
[Collection(ScheduledCollection.Name)]
public sealed class AlertSlaTests(ScheduledClusterFixture fixture)
{
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _site = "s-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task SeverityRisesToCritical_EscalatesAtTheNewEarlierDueTime()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var alert = Alert();
        await alert.RaiseAsync(Draft(Severity.Medium, minutes: 15));
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(2));

        var risen = await alert.UpdateAsync(Draft(Severity.Critical, minutes: 5));

        Assert.Equal(t0.AddMinutes(7), risen!.SlaDueAt);
        Assert.Contains(risen.History, h => h.Action == "sla_recomputed");
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(6));
        Assert.Equal(0, (await alert.GetAsync())!.EscalationLevel);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(7));
        Assert.Equal(1, (await alert.GetAsync())!.EscalationLevel);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(12));
        Assert.Equal(2, (await alert.GetAsync())!.EscalationLevel);
        await alert.ClearAsync("done");
    }

    [Fact]
    public async Task SameSeverityUpdate_KeepsTheDueTime()
    {
        var t0 = fixture.Clock.GetUtcNow();
        var alert = Alert();
        await alert.RaiseAsync(Draft(Severity.Medium, minutes: 15));
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(2));

        var updated = await alert.UpdateAsync(Draft(Severity.Medium, minutes: 15));

        Assert.Equal(t0.AddMinutes(15), updated!.SlaDueAt);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(14));
        Assert.Equal(0, (await alert.GetAsync())!.EscalationLevel);
        await fixture.Scheduler.AdvanceAsync(t0.AddMinutes(15));
        Assert.Equal(1, (await alert.GetAsync())!.EscalationLevel);
        await alert.ClearAsync("done");
    }

    private IAlertGrain Alert() => fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, "alr_" + Guid.NewGuid().ToString("N")));

    private AlertDraft Draft(Severity severity, int minutes) =>
        new("battery_low", severity, _site, "g-1", "d-1", 9.0, "{}", TimeSpan.FromMinutes(minutes));
}
