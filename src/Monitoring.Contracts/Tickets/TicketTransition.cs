using Monitoring.Domain.Alerts;
using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>An operator's move of a ticket; a fraud ticket's resolution may carry the verdict (confirmed or false_positive).</summary>
[GenerateSerializer, Immutable, Alias("ticket-transition")]
public sealed record TicketTransition(
    [property: Id(0)] TicketStatus To,
    [property: Id(1)] string By,
    [property: Id(2)] string? Assignee,
    [property: Id(3)] Resolution? Verdict = null);
