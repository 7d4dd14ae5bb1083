using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Tickets;

/// <summary>
/// Whether an alert, incident or fraud finding opens a ticket or joins one. High and critical alerts
/// and incidents (and fraud from its threshold on) get a ticket. Tickets are keyed by (category,
/// site), fraud tickets by guard: a trigger joins the latest open ticket of its key opened within
/// the window (4 h, fraud 24 h, both ends inclusive, so late arrivals join too); otherwise, or when
/// that ticket is resolved or closed, it opens a new one.
/// </summary>
public static class TicketOpening
{
    /// <summary>Opens, attaches or ignores; a new ticket is created at the trigger's time with the SLA of its priority.</summary>
    /// <param name="trigger">The alert, incident or fraud finding.</param>
    /// <param name="tickets">The existing tickets of the trigger's site (for fraud: of its guard); others are ignored.</param>
    /// <param name="settings">Windows and SLAs; the defaults when null.</param>
    public static TicketOpeningDecision Decide(
        TicketTrigger trigger, IEnumerable<TicketSummary> tickets, TicketSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(tickets);
        settings ??= TicketSettings.Default;
        if (trigger.Severity < Severity.High)
        {
            return TicketOpeningDecision.None;
        }

        var window = IsFraud(trigger.Source) ? settings.FraudDedupWindow : settings.DedupWindow;
        var home = tickets
            .Where(t => TicketWorkflow.IsOpen(t.Status) && SameKey(t, trigger))
            .Where(t => (trigger.At - t.OpenedAt).Duration() <= window)
            .MaxBy(t => t.OpenedAt);
        if (home is not null)
        {
            return TicketOpeningDecision.Attach(home.TicketId);
        }

        var priority = TicketSla.PriorityFor(trigger.Severity);
        return TicketOpeningDecision.Open(trigger.Category, priority, trigger.At, TicketSla.DueAt(priority, trigger.At, settings));
    }

    private static bool SameKey(TicketSummary ticket, TicketTrigger trigger) =>
        IsFraud(ticket.Source) == IsFraud(trigger.Source)
        && string.Equals(ticket.Category, trigger.Category, StringComparison.Ordinal)
        && (IsFraud(trigger.Source)
            ? string.Equals(ticket.GuardId, trigger.GuardId, StringComparison.Ordinal)
            : string.Equals(ticket.SiteId, trigger.SiteId, StringComparison.Ordinal));

    private static bool IsFraud(TicketSource source) => source == TicketSource.Fraud;
}
