using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>What became of a move, and the ticket as it stands (null when it does not exist).</summary>
[GenerateSerializer, Immutable, Alias("ticket-transition-result")]
public sealed record TicketTransitionResult(
    [property: Id(0)] TicketTransitionCheck Outcome,
    [property: Id(1)] Ticket? Ticket);
