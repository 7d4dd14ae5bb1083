using System.Collections.Immutable;

namespace Monitoring.Contracts.Tickets;

/// <summary>A tenant's tickets for listing. Key: <c>{tenant}</c>.</summary>
public interface ITicketIndexGrain : IGrainWithStringKey
{
    /// <summary>Records the ticket as it stands now.</summary>
    Task UpsertAsync(Ticket ticket);

    /// <summary>Tickets newest first (createdAt, id), after the cursor, filtered.</summary>
    Task<ImmutableArray<Ticket>> QueryAsync(TicketQuery query);
}
