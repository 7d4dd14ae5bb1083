using System.Collections.Immutable;
using Monitoring.Contracts.Tickets;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Tickets;

/// <summary>
/// A tenant's tickets for listing, newest first, kept in the history store (the <c>tickets</c> table
/// with PostgreSQL, memory on the embedded default).
/// </summary>
internal sealed class TicketIndexGrain(IHistoryStore history) : Grain, ITicketIndexGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    public Task UpsertAsync(Ticket ticket) => history.UpsertTicketAsync(Tenant, ticket);

    public Task<ImmutableArray<Ticket>> QueryAsync(TicketQuery q) => history.QueryTicketsAsync(Tenant, q);
}
