namespace Monitoring.Grains.Tickets;

/// <summary>
/// The steps a saved ticket change still owes (the ticket grain's outbox), saved with the change and
/// done in the order of their values; each tells the others of the ticket as it stands, so a step
/// done twice does no harm.
/// </summary>
[Flags]
public enum TicketFollowUps
{
    None = 0,

    /// <summary>The tenant's ticket index (or the <c>tickets</c> table) gets the ticket.</summary>
    Index = 1,

    /// <summary>The live feed.</summary>
    Feed = 2,

    /// <summary>With <see cref="Feed"/>: the envelope says opened, not updated.</summary>
    Opened = 4,

    /// <summary>The site's desk hears of the ticket's status (only after a move: the desk itself opens and attaches).</summary>
    Desk = 8,

    /// <summary>A fraud ticket resolved with a verdict labels the scored events of its fraud_risk alerts (training data).</summary>
    Label = 16,
}
