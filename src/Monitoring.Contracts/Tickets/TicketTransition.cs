using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>An operator's move of a ticket.</summary>
[GenerateSerializer, Immutable, Alias("ticket-transition")]
public sealed record TicketTransition(
    [property: Id(0)] TicketStatus To,
    [property: Id(1)] string By,
    [property: Id(2)] string? Assignee);
