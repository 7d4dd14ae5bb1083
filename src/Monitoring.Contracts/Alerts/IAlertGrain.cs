using Monitoring.Contracts.Notifications;

namespace Monitoring.Contracts.Alerts;

/// <summary>One alert and its workflow. Key: <c>{tenant}/{alertId}</c>.</summary>
public interface IAlertGrain : IGrainWithStringKey
{
    /// <summary>Opens the alert; a repeated call returns the alert already open.</summary>
    Task<Alert> RaiseAsync(AlertDraft draft);

    /// <summary>Refreshes score, evidence and (upwards only) severity of an open alert.</summary>
    Task<Alert?> UpdateAsync(AlertDraft draft);

    /// <summary>Resolves the alert as cleared if no operator owns it; returns the alert as it stands.</summary>
    Task<Alert?> ClearAsync(string reason);

    /// <summary>Applies an operator's action.</summary>
    Task<AlertActionResult> ActAsync(AlertAction action);

    /// <summary>
    /// Records the incident the alert belongs to (an alert joins at most one). The correlation grain
    /// calls it; the alert tells its index and the feed, and sends no signal back.
    /// </summary>
    Task SetIncidentAsync(string incidentId);

    /// <summary>Sets or (null) lifts the silence that holds the alert: a silenced alert is not escalated.</summary>
    Task MarkSilencedAsync(string? silenceId);

    /// <summary>Sets or (null) lifts the alert that inhibits this one's notifications.</summary>
    Task MarkInhibitedAsync(string? alertId);

    /// <summary>Records where one delivery about the alert stands (idempotent per delivery and status).</summary>
    Task RecordDeliveryAsync(string deliveryId, int tier, DeliveryStatus status, DateTimeOffset at);

    /// <summary>The alert, or null when it does not exist.</summary>
    Task<Alert?> GetAsync();
}
