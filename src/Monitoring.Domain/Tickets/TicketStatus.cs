namespace Monitoring.Domain.Tickets;

/// <summary>Where a ticket is in its workflow (wire: new, assigned, in_progress, resolved, closed).</summary>
public enum TicketStatus : byte
{
    New,
    Assigned,
    InProgress,
    Resolved,
    Closed,
}
