namespace Monitoring.Domain.Tickets;

/// <summary>
/// Whether a requested transition may be applied (allowed), was already applied (repeated: 200, no
/// second effect), or why not (conflict: 409 with the current status; assignee: 400; full: 409, the
/// ticket holds <see cref="TicketLimits.MaxHistory"/> history entries; verdict: 400, only a fraud
/// ticket's move to resolved carries one).
/// </summary>
public enum TicketTransitionCheck : byte
{
    Allowed,
    Repeated,
    Conflict,
    AssigneeRequired,
    AssigneeNotAllowed,
    Full,
    VerdictNotAllowed,
}
