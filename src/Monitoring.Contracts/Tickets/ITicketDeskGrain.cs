using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>
/// A site's ticket desk: decides whether an alert or incident opens a ticket or joins an open one
/// (at most one open ticket per category and site per 4 hours). Key: <c>{tenant}/{siteId}</c>.
/// </summary>
public interface ITicketDeskGrain : IGrainWithStringKey
{
    /// <summary>The ticket the request landed in, or null when it needs none (below high).</summary>
    Task<string?> RouteAsync(TicketOpeningRequest request);

    /// <summary>A ticket of this site changed status.</summary>
    Task StatusChangedAsync(string ticketId, TicketStatus status);
}
