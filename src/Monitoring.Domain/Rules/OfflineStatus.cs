namespace Monitoring.Domain.Rules;

/// <summary>
/// Whether a device counts as offline at a given time. <see cref="DueAt"/> is when it becomes
/// offline if nothing is heard (the time to set the timer for); both it and
/// <see cref="SilenceMin"/> are null when the guard is not on shift.
/// </summary>
public readonly record struct OfflineStatus(bool IsOffline, DateTimeOffset? DueAt, double? SilenceMin);
