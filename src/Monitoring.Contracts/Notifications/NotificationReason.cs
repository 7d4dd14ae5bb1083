namespace Monitoring.Contracts.Notifications;

/// <summary>Why a message is sent (wire: firing, escalated, repeat, acknowledged, resolved).</summary>
public enum NotificationReason
{
    /// <summary>New alerts at tier 0.</summary>
    Firing,

    /// <summary>Alerts not acknowledged within their SLA, at tier 1..3.</summary>
    Escalated,

    /// <summary>A group still firing after the repeat interval.</summary>
    Repeat,

    /// <summary>Notified alerts were acknowledged here (PagerDuty hears it, two-way).</summary>
    Acknowledged,

    /// <summary>Alerts that were notified are resolved.</summary>
    Resolved,
}
