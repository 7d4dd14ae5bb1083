using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>One ticket and its workflow. Key: <c>{tenant}/{ticketId}</c>.</summary>
public interface ITicketGrain : IGrainWithStringKey
{
    /// <summary>Creates the ticket (a repeat returns the ticket already there).</summary>
    Task<Ticket> OpenAsync(TicketOpeningRequest request, TicketPriority priority, DateTimeOffset slaDueAt);

    /// <summary>Attaches an alert or an incident to the open ticket.</summary>
    Task<Ticket?> AttachAsync(TicketOpeningRequest request);

    /// <summary>Applies an operator's move.</summary>
    Task<TicketTransitionResult> TransitionAsync(TicketTransition transition);

    /// <summary>The ticket, or null.</summary>
    Task<Ticket?> GetAsync();
}
