using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Notifications;

/// <summary>A silence as the checks see it: its matchers, its span, author and comment.</summary>
public sealed record SilenceInput(
    string? SiteId,
    string? GuardId,
    string? DeviceId,
    string? Type,
    Severity? Severity,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? CreatedBy,
    string? Comment);
