using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Tickets;

/// <summary>A ticket's priority and the time by which it must be resolved.</summary>
public static class TicketSla
{
    /// <summary>Critical is P1, high P2, medium P3, low P4. Fraud tickets come in as high, so P2.</summary>
    public static TicketPriority PriorityFor(Severity severity) => severity switch
    {
        Severity.Critical => TicketPriority.P1,
        Severity.High => TicketPriority.P2,
        Severity.Medium => TicketPriority.P3,
        _ => TicketPriority.P4,
    };

    public static TimeSpan ResolutionTime(TicketPriority priority, TicketSettings? settings = null)
    {
        settings ??= TicketSettings.Default;
        return priority switch
        {
            TicketPriority.P1 => settings.P1Sla,
            TicketPriority.P2 => settings.P2Sla,
            TicketPriority.P3 => settings.P3Sla,
            _ => settings.P4Sla,
        };
    }

    public static DateTimeOffset DueAt(TicketPriority priority, DateTimeOffset createdAt, TicketSettings? settings = null) =>
        createdAt + ResolutionTime(priority, settings);
}
