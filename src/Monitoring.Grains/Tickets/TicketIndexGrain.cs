using System.Collections.Immutable;
using Monitoring.Contracts.Tickets;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Tickets;

/// <summary>
/// A tenant's tickets for listing, newest first; written on deactivation. With PostgreSQL the index
/// is the <c>tickets</c> table instead.
/// </summary>
internal sealed class TicketIndexGrain(
    [PersistentState("ticket-index")] IPersistentState<Dictionary<string, Ticket>> state,
    DurableStores stores) : Grain, ITicketIndexGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        stores.History is null ? state.WriteStateAsync(cancellationToken) : Task.CompletedTask;

    public Task UpsertAsync(Ticket ticket)
    {
        if (stores.History is { } history)
        {
            return history.UpsertTicketAsync(Tenant, ticket);
        }

        state.State[ticket.TicketId] = ticket;
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<Ticket>> QueryAsync(TicketQuery q)
    {
        if (stores.History is { } history)
        {
            return history.QueryTicketsAsync(Tenant, q);
        }

        var items = state.State.Values
            .Where(t => (q.Status is not { } status || t.Status == status) && (q.Priority is not { } priority || t.Priority == priority)
                && (q.Category is null || t.Category == q.Category) && (q.SiteId is null || t.SiteId == q.SiteId)
                && (q.GuardId is null || t.GuardId == q.GuardId))
            .Where(t => q.BeforeCreatedAt is not { } at || t.CreatedAt < at || (t.CreatedAt == at && string.CompareOrdinal(t.TicketId, q.BeforeId) < 0))
            .OrderByDescending(t => t.CreatedAt)
            .ThenByDescending(t => t.TicketId, StringComparer.Ordinal)
            .Take(q.Limit)
            .ToImmutableArray();
        return Task.FromResult(items);
    }
}
