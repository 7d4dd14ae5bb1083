using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Notifications;

/// <summary>A route as the checks see it; <see cref="HoursFrom"/>/<see cref="HoursTo"/> are null without hours.</summary>
public sealed record RouteInput(
    string? RouteId,
    string? Name,
    IReadOnlyList<string?> SiteIds,
    IReadOnlyList<string?> Types,
    IReadOnlyList<Severity> Severities,
    bool HasHours,
    string? HoursFrom,
    string? HoursTo,
    IReadOnlyList<TierInput?> Tiers,
    int GroupWaitS,
    int GroupIntervalS,
    int RepeatIntervalS);
