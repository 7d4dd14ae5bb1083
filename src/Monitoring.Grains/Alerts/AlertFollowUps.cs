namespace Monitoring.Grains.Alerts;

/// <summary>
/// The steps still owed after an alert change was saved (the alert grain's outbox). They are saved
/// with the change (the values are stored: never renumber them), done in the order the outbox lists
/// them (the ticket first, so the others hear of the alert with its ticket linked), and each tells the
/// others of the alert as it stands, so several changes share one pending step and a step done twice
/// does no harm.
/// </summary>
[Flags]
public enum AlertFollowUps
{
    None = 0,

    /// <summary>The tenant's alert index (or the <c>alerts</c> table) gets the alert.</summary>
    Index = 1,

    /// <summary>The site's open-alert counts.</summary>
    Site = 2,

    /// <summary>The site's signal stream, for correlation.</summary>
    Signal = 4,

    /// <summary>The live feed.</summary>
    Feed = 8,

    /// <summary>With <see cref="Feed"/>: the envelope says raised, not updated.</summary>
    Raised = 16,

    /// <summary>A high or critical open alert asks its site's desk for a ticket.</summary>
    Ticket = 32,

    /// <summary>The escalation reminder or job is set.</summary>
    ArmEscalation = 64,

    /// <summary>The escalation reminder or job is removed.</summary>
    StopEscalation = 128,

    /// <summary>The site's notifier hears of the alert (routing, grouping, silences, inhibition), last of all.</summary>
    Notify = 256,

    /// <summary>A fraud_risk alert resolved confirmed or false_positive labels its scored events in the fraud ledger.</summary>
    Label = 512,

    /// <summary>Everything that shows the alert hears of a change.</summary>
    Listeners = Index | Site | Signal | Feed,

    /// <summary>What a change of the alert owes: a ticket if it needs one, then everyone hears of it, the notifier last.</summary>
    Changed = Listeners | Ticket | Notify,

    /// <summary>
    /// What learning its incident owes: the index and the feed show the link, and the notifier groups
    /// the alert with its incident. The site's counts do not depend on it, and the correlation grain
    /// sent it, so neither hears of it.
    /// </summary>
    IncidentLinked = Index | Feed | Notify,
}
