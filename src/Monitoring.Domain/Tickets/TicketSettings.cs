namespace Monitoring.Domain.Tickets;

/// <summary>
/// The ticket numbers. Deduplication windows are the product's; the SLA per priority is our default
/// (P1 1 h, P2 4 h, P3 24 h, P4 72 h) until the customer gives its own.
/// </summary>
public sealed record TicketSettings
{
    public static TicketSettings Default { get; } = new();

    /// <summary>An open ticket takes later alerts of its (category, site) raised within this time of its opening.</summary>
    public TimeSpan DedupWindow { get; init; } = TimeSpan.FromHours(4);

    /// <summary>An open fraud ticket takes later fraud findings about its guard within this time of its opening.</summary>
    public TimeSpan FraudDedupWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>A fraud score at or above this opens a fraud ticket.</summary>
    public double FraudThreshold { get; init; } = 0.80;

    public TimeSpan P1Sla { get; init; } = TimeSpan.FromHours(1);
    public TimeSpan P2Sla { get; init; } = TimeSpan.FromHours(4);
    public TimeSpan P3Sla { get; init; } = TimeSpan.FromHours(24);
    public TimeSpan P4Sla { get; init; } = TimeSpan.FromHours(72);
}
