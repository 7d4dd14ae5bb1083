using Monitoring.Contracts.Tickets;

namespace Monitoring.Grains.Tickets;

/// <summary>What a ticket grain keeps: the ticket and the fingerprints of the moves applied (for retries).</summary>
[GenerateSerializer, Alias("ticket-snapshot")]
public sealed class TicketSnapshot
{
    [Id(0)] public Ticket? Ticket { get; set; }
    [Id(1)] public List<string> Fingerprints { get; set; } = [];
}
