namespace Monitoring.Domain.Tickets;

/// <summary>What a trigger does to the tickets.</summary>
public enum TicketOpeningKind : byte
{
    /// <summary>Not serious enough for a ticket.</summary>
    None,

    /// <summary>Joins an open ticket of the same key opened within the window.</summary>
    Attach,

    /// <summary>Opens a new ticket.</summary>
    Open,
}
