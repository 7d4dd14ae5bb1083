using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>Filters and cursor of <c>GET /api/v1/tickets</c>.</summary>
[GenerateSerializer, Immutable, Alias("ticket-query")]
public sealed record TicketQuery(
    [property: Id(0)] TicketStatus? Status,
    [property: Id(1)] TicketPriority? Priority,
    [property: Id(2)] string? Category,
    [property: Id(3)] string? SiteId,
    [property: Id(4)] string? GuardId,
    [property: Id(5)] DateTimeOffset? BeforeCreatedAt,
    [property: Id(6)] string? BeforeId,
    [property: Id(7)] int Limit);
