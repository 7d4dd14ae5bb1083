using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Notifications;

/// <summary>What a silence matches: every matcher set must hold (at least one is set).</summary>
[GenerateSerializer, Immutable, Alias("silence-matchers")]
public sealed record SilenceMatchers
{
    /// <summary>The alert's site.</summary>
    [Id(0)] public string? SiteId { get; init; }

    /// <summary>The alert's guard.</summary>
    [Id(1)] public string? GuardId { get; init; }

    /// <summary>The alert's device.</summary>
    [Id(2)] public string? DeviceId { get; init; }

    /// <summary>The alert's type.</summary>
    [Id(3)] public string? Type { get; init; }

    /// <summary>The alert's severity.</summary>
    [Id(4)] public Severity? Severity { get; init; }
}
