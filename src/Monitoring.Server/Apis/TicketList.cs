using Monitoring.Contracts.Tickets;

namespace Monitoring.Server.Apis;

/// <summary>One page of <c>GET /api/v1/tickets</c>.</summary>
internal sealed record TicketList(IReadOnlyList<Ticket> Items, string? NextCursor);
