namespace Monitoring.Domain.Tickets;

/// <summary>
/// How much a ticket keeps. Operators' moves beyond <see cref="MaxHistory"/> history entries answer
/// 409 and change nothing (only reassignment can repeat); an alert or incident attached beyond it is
/// still linked, without its history entry.
/// </summary>
public static class TicketLimits
{
    /// <summary>History entries per ticket.</summary>
    public const int MaxHistory = 200;
}
