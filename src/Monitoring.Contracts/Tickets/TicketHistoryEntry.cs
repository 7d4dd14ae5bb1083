using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>One change of a ticket.</summary>
[GenerateSerializer, Immutable, Alias("ticket-history-entry")]
public sealed record TicketHistoryEntry(
    [property: Id(0)] string Action,
    [property: Id(1)] TicketStatus Status,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Assignee);
