using Monitoring.Domain.Alerts;
using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>An alert or incident asking its site's ticket desk for a ticket.</summary>
[GenerateSerializer, Immutable, Alias("ticket-opening-request")]
public sealed record TicketOpeningRequest(
    [property: Id(0)] TicketSource Source,
    [property: Id(1)] string SourceId,
    [property: Id(2)] string Category,
    [property: Id(3)] string SiteId,
    [property: Id(4)] string? GuardId,
    [property: Id(5)] Severity Severity,
    [property: Id(6)] DateTimeOffset At)
{
    /// <summary>The domain's view of the request.</summary>
    public TicketTrigger ToTrigger() => new(Source, SourceId, Category, SiteId, GuardId, Severity, At);
}
