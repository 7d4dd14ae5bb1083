using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Notifications;

/// <summary>An inhibition rule as the checks see it; <see cref="Equal"/> is the wire name (guard, device, site).</summary>
public sealed record InhibitionInput(
    string? InhibitionId,
    string? Name,
    IReadOnlyList<string?> SourceTypes,
    Severity? SourceMinSeverity,
    IReadOnlyList<string?> TargetTypes,
    string? Equal);
