using System.Collections.Immutable;
using Monitoring.Contracts.Tickets;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>One tenant's tickets in memory: the latest copy of each, listed newest first.</summary>
internal sealed class TicketShelf
{
    private readonly Dictionary<string, Ticket> _tickets = new(StringComparer.Ordinal);

    public void Upsert(Ticket ticket) => _tickets[ticket.TicketId] = ticket;

    public ImmutableArray<Ticket> Query(TicketQuery q) =>
        _tickets.Values
            .Where(t => (q.Status is not { } status || t.Status == status) && (q.Priority is not { } priority || t.Priority == priority)
                && (q.Category is null || t.Category == q.Category) && (q.SiteId is null || t.SiteId == q.SiteId)
                && (q.GuardId is null || t.GuardId == q.GuardId))
            .Where(t => q.BeforeCreatedAt is not { } at || t.CreatedAt < at || (t.CreatedAt == at && string.CompareOrdinal(t.TicketId, q.BeforeId) < 0))
            .OrderByDescending(t => t.CreatedAt)
            .ThenByDescending(t => t.TicketId, StringComparer.Ordinal)
            .Take(q.Limit)
            .ToImmutableArray();
}
