using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Alerts;

/// <summary>
/// An alert change is saved with the follow-ups it owes; a follow-up that fails (here the index,
/// refused by a call filter) is tried again until it lands, also across a deactivation.
/// </summary>
[Collection(ScheduledCollection.Name)]
public sealed class AlertOutboxTests(ScheduledClusterFixture fixture)
{
    private const string IndexUpsert = "IAlertIndexGrain.UpsertAsync";
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Raise_IndexFailsTwice_IsRetriedUntilTheIndexHasIt()
    {
        fixture.Faults.Fail(IndexUpsert, _tenant, times: 2);
        var grain = Alert("a1");

        var raised = await grain.RaiseAsync(Draft(Severity.Medium));

        Assert.Equal(AlertStatus.Active, raised.Status);
        var listed = await Eventually.ReachAsync(ListAsync, items => items.Length == 1, "The index never got the alert.");
        Assert.Equal("a1", listed[0].AlertId);
        Assert.Equal(0, fixture.Faults.Left(IndexUpsert, _tenant));
    }

    [Fact]
    public async Task Acknowledge_IndexDown_GrainDeactivated_IndexHearsOnReactivation()
    {
        var grain = Alert("a2");
        await grain.RaiseAsync(Draft(Severity.Medium));
        fixture.Faults.Fail(IndexUpsert, _tenant);

        var acted = await grain.ActAsync(new AlertAction(AlertActionKind.Acknowledge, "op-1", null, null, null, null));
        await fixture.Cluster.DeactivateAsync(grain);
        fixture.Faults.Heal(IndexUpsert, _tenant);

        Assert.Equal(ActionOutcome.Applied, acted.Outcome);
        Assert.Equal(AlertStatus.Active, Assert.Single(await ListAsync()).Status);
        Assert.Equal(AlertStatus.Acknowledged, (await grain.GetAsync())!.Status);
        await Eventually.ReachAsync(ListAsync, items => items is [{ Status: AlertStatus.Acknowledged }], "The reactivated alert never told the index.");
    }

    [Fact]
    public async Task Verify_BeyondTheCap_IsFullAndChangesNothing_ResolveStillApplies()
    {
        var grain = Alert("a3");
        await grain.RaiseAsync(Draft(Severity.Low));
        for (var i = 0; i < AlertLimits.MaxVerifications; i++)
        {
            Assert.Equal(ActionOutcome.Applied, (await grain.ActAsync(Verify("try " + i))).Outcome);
        }

        var beyond = await grain.ActAsync(Verify("one more"));
        var repeated = await grain.ActAsync(Verify("try 0"));
        var resolved = await grain.ActAsync(new AlertAction(AlertActionKind.Resolve, "op-1", null, null, null, Resolution.Resolved));

        Assert.Equal(ActionOutcome.Full, beyond.Outcome);
        Assert.Equal(AlertLimits.MaxVerifications, beyond.Alert!.Verifications.Length);
        Assert.Equal(ActionOutcome.Repeated, repeated.Outcome);
        Assert.Equal(ActionOutcome.Applied, resolved.Outcome);
        Assert.Equal(AlertLimits.MaxVerifications, resolved.Alert!.Verifications.Length);
        Assert.DoesNotContain(resolved.Alert.Verifications, v => v.Response == "one more");
    }

    private IAlertGrain Alert(string id) => fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, id));

    private static AlertAction Verify(string response) =>
        new(AlertActionKind.Verify, "op-1", null, VerificationMethod.Call, response, null);

    private static AlertDraft Draft(Severity severity) =>
        new("inactivity", severity, "s-1", "g-1", "d-1", 0.5, "{}", TimeSpan.FromMinutes(5));

    private async Task<System.Collections.Immutable.ImmutableArray<Alert>> ListAsync() =>
        (await fixture.Grains.GetGrain<IAlertIndexGrain>(_tenant).QueryAsync(new AlertQuery(null, null, null, null, null, null, 10, null, null))).Items;
}
