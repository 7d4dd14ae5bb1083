using System.Collections.Immutable;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;

namespace Monitoring.Contracts.Incidents;

/// <summary>An incident as the API shows it: alerts of one site folded into one story.</summary>
[GenerateSerializer, Immutable, Alias("incident")]
public sealed record Incident
{
    /// <summary>Incident id.</summary>
    [Id(0)] public required string IncidentId { get; init; }

    /// <summary>The site.</summary>
    [Id(1)] public required string SiteId { get; init; }

    /// <summary>The guard, when every alert concerns the same one.</summary>
    [Id(2)] public string? GuardId { get; init; }

    /// <summary>The alerts, oldest first.</summary>
    [Id(3)] public ImmutableArray<string> AlertIds { get; init; } = [];

    /// <summary>How strongly the alerts agree, 0..1 (see docs/correlation.md).</summary>
    [Id(4)] public double CorrelationScore { get; init; }

    /// <summary>The highest alert severity, one level higher when three or more different signals agree.</summary>
    [Id(5)] public Severity Severity { get; init; }

    /// <summary>Open, or resolved once all its alerts are.</summary>
    [Id(6)] public required IncidentStatus Status { get; init; }

    /// <summary>When it was opened.</summary>
    [Id(7)] public DateTimeOffset OpenedAt { get; init; }

    /// <summary>When it last changed.</summary>
    [Id(8)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The alert types it holds.</summary>
    [Id(9)] public ImmutableArray<string> AlertTypes { get; init; } = [];
}
