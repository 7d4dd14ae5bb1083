namespace Monitoring.Domain.Tickets;

/// <summary>
/// The outcome of <see cref="TicketOpening.Decide"/>: for <see cref="TicketOpeningKind.Attach"/> the
/// ticket to join; for <see cref="TicketOpeningKind.Open"/> the new ticket's category, priority,
/// creation time and SLA due time.
/// </summary>
public sealed record TicketOpeningDecision(
    TicketOpeningKind Kind,
    string? TicketId,
    string? Category,
    TicketPriority? Priority,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? SlaDueAt)
{
    public static TicketOpeningDecision None { get; } = new(TicketOpeningKind.None, null, null, null, null, null);

    public static TicketOpeningDecision Attach(string ticketId) => new(TicketOpeningKind.Attach, ticketId, null, null, null, null);

    public static TicketOpeningDecision Open(string category, TicketPriority priority, DateTimeOffset createdAt, DateTimeOffset slaDueAt) =>
        new(TicketOpeningKind.Open, null, category, priority, createdAt, slaDueAt);
}
