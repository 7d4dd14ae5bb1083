namespace Monitoring.Contracts.Notifications;

/// <summary>Where a silence stands: not started yet, in force, or over (on time, expired early or ended with its alerts).</summary>
public enum SilenceStatus
{
    /// <summary>Starts later.</summary>
    Pending,

    /// <summary>In force.</summary>
    Active,

    /// <summary>Over.</summary>
    Expired,
}
