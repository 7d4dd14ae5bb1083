namespace Monitoring.Domain.Tickets;

/// <summary>How soon a ticket must be worked (wire: p1..p4). Ordered: P1 is the most urgent.</summary>
public enum TicketPriority : byte
{
    P1,
    P2,
    P3,
    P4,
}
