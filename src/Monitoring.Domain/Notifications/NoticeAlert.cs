using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Notifications;

/// <summary>
/// What routing, silences and inhibition rules look at in an alert. <see cref="GuardDevices"/> is the
/// number of devices its guard had when the alert was raised, where the alert's evidence tells it.
/// </summary>
public sealed record NoticeAlert(
    string AlertId,
    string Type,
    Severity Severity,
    string SiteId,
    string? GuardId,
    string? DeviceId,
    bool IsOpen,
    int? GuardDevices = null);
