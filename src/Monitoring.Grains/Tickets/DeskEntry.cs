using Monitoring.Domain.Tickets;

namespace Monitoring.Grains.Tickets;

/// <summary>What a site's desk remembers of one of its tickets, enough to deduplicate.</summary>
[GenerateSerializer, Immutable, Alias("ticket-desk-entry")]
public sealed record DeskEntry(
    [property: Id(0)] string TicketId,
    [property: Id(1)] TicketSource Source,
    [property: Id(2)] string Category,
    [property: Id(3)] string SiteId,
    [property: Id(4)] string? GuardId,
    [property: Id(5)] DateTimeOffset OpenedAt,
    [property: Id(6)] TicketStatus Status)
{
    public TicketSummary ToSummary() => new(TicketId, Source, Category, SiteId, GuardId, OpenedAt, Status);
}
