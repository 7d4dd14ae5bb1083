using Monitoring.Contracts.Tickets;

namespace Monitoring.Grains.Tickets;

/// <summary>
/// What a ticket grain keeps: the ticket, the fingerprints of the moves applied (for retries), and
/// the follow-ups its last changes still owe (written with the change).
/// </summary>
[GenerateSerializer, Alias("ticket-snapshot")]
public sealed class TicketSnapshot
{
    [Id(0)] public Ticket? Ticket { get; set; }
    [Id(1)] public List<string> Fingerprints { get; set; } = [];
    [Id(2)] public TicketFollowUps Pending { get; set; }
}
