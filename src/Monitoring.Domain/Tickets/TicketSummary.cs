namespace Monitoring.Domain.Tickets;

/// <summary>What deduplication needs to know of an existing ticket.</summary>
public sealed record TicketSummary(
    string TicketId,
    TicketSource Source,
    string Category,
    string SiteId,
    string? GuardId,
    DateTimeOffset OpenedAt,
    TicketStatus Status);
