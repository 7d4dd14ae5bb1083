namespace Monitoring.Contracts.Notifications;

/// <summary>Where one delivery stands (wire: pending, sent, failed, dead).</summary>
public enum DeliveryStatus
{
    /// <summary>Queued, not tried yet, or being tried.</summary>
    Pending,

    /// <summary>The receiver accepted it.</summary>
    Sent,

    /// <summary>The last attempt failed; it will be tried again.</summary>
    Failed,

    /// <summary>Every attempt failed: dead-lettered, not tried again.</summary>
    Dead,
}
