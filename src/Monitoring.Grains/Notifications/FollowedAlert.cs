using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// An alert of the site as the notifier keeps it: the facts routing, silences and inhibition read, what
/// the alert itself last said of its silence and inhibition, the tiers already queued, and which
/// contacts were told about it at which tiers (bit n: tier n), so each (alert, tier, contact) goes out once.
/// </summary>
[GenerateSerializer, Alias("notifier-alert")]
public sealed class FollowedAlert
{
    [Id(0)] public required string Type { get; set; }
    [Id(1)] public Severity Severity { get; set; }
    [Id(2)] public AlertStatus Status { get; set; }
    [Id(3)] public string? GuardId { get; set; }
    [Id(4)] public string? DeviceId { get; set; }
    [Id(5)] public int? GuardDevices { get; set; }
    [Id(6)] public string? IncidentId { get; set; }
    [Id(7)] public int EscalationLevel { get; set; }
    [Id(8)] public DateTimeOffset RaisedAt { get; set; }
    [Id(9)] public DateTimeOffset SlaDueAt { get; set; }
    [Id(10)] public string? SilencedBy { get; set; }
    [Id(11)] public string? InhibitedBy { get; set; }
    [Id(12)] public int QueuedTiers { get; set; }
    [Id(13)] public bool AckQueued { get; set; }
    [Id(14)] public bool ResolvedQueued { get; set; }
    [Id(15)] public Dictionary<string, int> Told { get; set; } = new(StringComparer.Ordinal);
    [Id(16)] public DateTimeOffset UpdatedAt { get; set; }

    public bool IsOpen => AlertWorkflow.IsOpen(Status);

    /// <summary>The alert's group: its incident once known, itself until then (decided at each flush).</summary>
    public string GroupOf(string alertId) => IncidentId ?? alertId;

    public NoticeAlert ToNotice(string alertId, string siteId) =>
        new(alertId, Type, Severity, siteId, GuardId, DeviceId, IsOpen, GuardDevices);

    public void Update(Alert alert)
    {
        (Type, Severity, Status, GuardId, DeviceId) = (alert.Type, alert.Severity, alert.Status, alert.GuardId, alert.DeviceId);
        (IncidentId, EscalationLevel, RaisedAt, SlaDueAt) = (alert.IncidentId, alert.EscalationLevel, alert.RaisedAt, alert.SlaDueAt);
        (SilencedBy, InhibitedBy, UpdatedAt) = (alert.SilencedBy, alert.InhibitedBy, alert.UpdatedAt);
        if (GuardDevices is null && alert.EvidenceJson.Contains("\"guardDevices\"", StringComparison.Ordinal))
        {
            GuardDevices = GuardDevicesOf(alert);
        }
    }

    // Inactivity evidence names how many devices the guard had (the dead-phone rule's OnlyDevice).
    private static int? GuardDevicesOf(Alert alert)
    {
        try
        {
            return alert.Evidence.TryGetProperty("guardDevices", out var count) && count.TryGetInt32(out var n) ? n : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
