using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Notifications;

/// <summary>A silence as matching reads it: every set matcher must hold, in force from its start until its end or its early end.</summary>
public sealed record SilenceRule(
    string SilenceId,
    string? SiteId,
    string? GuardId,
    string? DeviceId,
    string? Type,
    Severity? Severity,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset? EndedAt = null)
{
    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && now >= StartsAt && now < EndsAt;

    public bool Matches(NoticeAlert alert) =>
        (SiteId is not null || GuardId is not null || DeviceId is not null || Type is not null || Severity is not null)
        && (SiteId is null || SiteId == alert.SiteId)
        && (GuardId is null || GuardId == alert.GuardId)
        && (DeviceId is null || DeviceId == alert.DeviceId)
        && (Type is null || Type == alert.Type)
        && (Severity is null || Severity == alert.Severity);
}
