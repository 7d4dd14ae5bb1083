using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Alerts;

/// <summary>
/// Where reminders are durable, an alert whose follow-ups failed is woken by its outbox reminder
/// after its activation is gone (as after a silo death), without anyone calling it.
/// </summary>
[Collection(ReminderCollection.Name)]
public sealed class AlertOutboxReminderTests(ReminderClusterFixture fixture)
{
    private const string IndexUpsert = "IAlertIndexGrain.UpsertAsync";
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Raise_IndexDown_ActivationGone_ReminderWakesTheAlertAndTheIndexGetsIt()
    {
        var grain = fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, "a1"));
        fixture.Faults.Fail(IndexUpsert, _tenant);

        await grain.RaiseAsync(new AlertDraft("inactivity", Severity.Medium, "s-1", "g-1", "d-1", 0.5, "{}", TimeSpan.FromMinutes(5)));
        await fixture.Cluster.DeactivateAsync(grain);
        fixture.Faults.Heal(IndexUpsert, _tenant);

        var index = fixture.Grains.GetGrain<IAlertIndexGrain>(_tenant);
        var listed = await Eventually.ReachAsync(
            async () => (await index.QueryAsync(new AlertQuery(null, null, null, null, null, null, 10, null, null))).Items,
            items => items.Length == 1,
            "No reminder woke the alert to finish its follow-ups.");
        Assert.Equal("a1", listed[0].AlertId);
    }
}
