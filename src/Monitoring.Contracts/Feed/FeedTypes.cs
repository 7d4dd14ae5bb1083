namespace Monitoring.Contracts.Feed;

/// <summary>The envelope types of the live feed.</summary>
public static class FeedTypes
{
    /// <summary>A guard's state changed.</summary>
    public const string GuardUpdated = "guard_updated";

    /// <summary>A device's state changed.</summary>
    public const string DeviceUpdated = "device_updated";

    /// <summary>An alert was raised.</summary>
    public const string AlertRaised = "alert_raised";

    /// <summary>An alert changed (workflow, severity, escalation, cleared).</summary>
    public const string AlertUpdated = "alert_updated";

    /// <summary>An incident was opened.</summary>
    public const string IncidentOpened = "incident_opened";

    /// <summary>An incident changed.</summary>
    public const string IncidentUpdated = "incident_updated";

    /// <summary>A ticket was opened.</summary>
    public const string TicketOpened = "ticket_opened";

    /// <summary>A ticket changed (status, assignee, an alert attached).</summary>
    public const string TicketUpdated = "ticket_updated";

    /// <summary>A delivery reached its receiver (data: the delivery).</summary>
    public const string NotificationSent = "notification_sent";

    /// <summary>A delivery attempt failed (data: the delivery, dead once no attempt is left).</summary>
    public const string NotificationFailed = "notification_failed";

    /// <summary>A silence was created, expired or ended (data: the silence).</summary>
    public const string SilenceUpdated = "silence_updated";

    /// <summary>A tenant's fraud model passed its gates and became the active one (data: the model as <c>GET /api/v1/fraud/models</c> lists it).</summary>
    public const string FraudModelActivated = "fraud_model_activated";

    /// <summary>
    /// A site's live counts changed (data: the site as <c>GET /api/v1/sites/{siteId}</c> returns it).
    /// Sent to tenant-wide subscribers only, at most one per site per second.
    /// </summary>
    public const string SiteSummary = "site_summary";

    /// <summary>
    /// An attendance event scored a fraud risk of 0.5 or more (data: the scored event as the fraud
    /// ledger keeps it, <c>FraudScore</c>).
    /// </summary>
    public const string FraudScore = "fraud_score";

    /// <summary>
    /// True for per-guard and per-device state: sent to site and guard subscribers, not to tenant-wide
    /// ones (they get <see cref="SiteSummary"/> instead).
    /// </summary>
    public static bool IsGuardDetail(string type) => type is GuardUpdated or DeviceUpdated;

    /// <summary>True for types that a newer envelope of the same entity may replace before sending.</summary>
    public static bool IsCoalescable(string type) => type is GuardUpdated or DeviceUpdated;
}
