using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Tickets;

/// <summary>A ticket change whose index follow-up fails is tried again until the index has it, also across a deactivation.</summary>
[Collection(ScheduledCollection.Name)]
public sealed class TicketOutboxTests(ScheduledClusterFixture fixture)
{
    private const string IndexUpsert = "ITicketIndexGrain.UpsertAsync";
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Open_IndexFailsTwice_IsRetriedUntilTheIndexHasIt()
    {
        fixture.Faults.Fail(IndexUpsert, _tenant, times: 2);

        var ticket = await OpenAsync("tkt-1");

        Assert.Equal(TicketStatus.New, ticket.Status);
        var listed = await Eventually.ReachAsync(ListAsync, items => items.Length == 1, "The index never got the ticket.");
        Assert.Equal("tkt-1", listed[0].TicketId);
    }

    [Fact]
    public async Task Transition_IndexDown_GrainDeactivated_IndexHearsOnReactivation()
    {
        await OpenAsync("tkt-2");
        var grain = Ticket("tkt-2");
        fixture.Faults.Fail(IndexUpsert, _tenant);

        var moved = await grain.TransitionAsync(new TicketTransition(TicketStatus.Assigned, "op-1", "op-2"));
        await fixture.Cluster.DeactivateAsync(grain);
        fixture.Faults.Heal(IndexUpsert, _tenant);

        Assert.Equal(TicketTransitionCheck.Allowed, moved.Outcome);
        Assert.Equal(TicketStatus.New, Assert.Single(await ListAsync()).Status);
        Assert.Equal(TicketStatus.Assigned, (await grain.GetAsync())!.Status);
        await Eventually.ReachAsync(ListAsync, items => items is [{ Status: TicketStatus.Assigned }], "The reactivated ticket never told the index.");
    }

    [Fact]
    public async Task Reassign_BeyondTheHistoryCap_IsFullAndChangesNothing()
    {
        await OpenAsync("tkt-3");
        var grain = Ticket("tkt-3");
        for (var i = 1; i < TicketLimits.MaxHistory; i++)
        {
            Assert.Equal(TicketTransitionCheck.Allowed, (await grain.TransitionAsync(Assign("op-" + i))).Outcome);
        }

        var beyond = await grain.TransitionAsync(Assign("one-more"));
        var repeated = await grain.TransitionAsync(Assign("op-1"));

        Assert.Equal(TicketTransitionCheck.Full, beyond.Outcome);
        Assert.Equal(TicketLimits.MaxHistory, beyond.Ticket!.History.Length);
        Assert.Equal(TicketTransitionCheck.Repeated, repeated.Outcome);
        Assert.Equal("op-" + (TicketLimits.MaxHistory - 1), (await grain.GetAsync())!.Assignee);
    }

    private static TicketTransition Assign(string assignee) => new(TicketStatus.Assigned, "lead", assignee);

    private ITicketGrain Ticket(string id) => fixture.Grains.GetGrain<ITicketGrain>(GrainKeys.Compose(_tenant, id));

    private Task<Ticket> OpenAsync(string id) => Ticket(id).OpenAsync(
        new TicketOpeningRequest(TicketSource.Alert, "a-" + id, "inactivity", "s-1", "g-1", Severity.High, fixture.Clock.GetUtcNow()),
        TicketPriority.P2,
        fixture.Clock.GetUtcNow().AddHours(4));

    private async Task<System.Collections.Immutable.ImmutableArray<Ticket>> ListAsync() =>
        await fixture.Grains.GetGrain<ITicketIndexGrain>(_tenant).QueryAsync(new TicketQuery(null, null, null, null, null, null, null, 10));
}
