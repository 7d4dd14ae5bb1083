namespace Monitoring.Domain.Tickets;

/// <summary>What asked for a ticket.</summary>
public enum TicketSource : byte
{
    Alert,
    Incident,
    Fraud,
}
