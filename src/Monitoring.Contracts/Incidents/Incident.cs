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

    /// <summary>open or resolved (from its alerts), investigating or closed (operators' moves).</summary>
    [Id(6)] public required IncidentStatus Status { get; init; }

    /// <summary>When it was opened.</summary>
    [Id(7)] public DateTimeOffset OpenedAt { get; init; }

    /// <summary>When it last changed.</summary>
    [Id(8)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The alert types it holds.</summary>
    [Id(9)] public ImmutableArray<string> AlertTypes { get; init; } = [];

    /// <summary>Who investigates it.</summary>
    [Id(10)] public string? Assignee { get; init; }

    /// <summary>The root cause operators stated (the latest).</summary>
    [Id(11)] public string? RootCause { get; init; }

    /// <summary>Operators' notes, oldest first.</summary>
    [Id(12)] public ImmutableArray<IncidentNote> Notes { get; init; } = [];

    /// <summary>Every operator action, oldest first.</summary>
    [Id(13)] public ImmutableArray<IncidentHistoryEntry> History { get; init; } = [];

    /// <summary>When an operator first took it up.</summary>
    [Id(14)] public DateTimeOffset? InvestigatingSince { get; init; }

    /// <summary>When it was closed.</summary>
    [Id(15)] public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Who closed it.</summary>
    [Id(16)] public string? ClosedBy { get; init; }

    /// <summary>How it ended: confirmed, false_positive or resolved.</summary>
    [Id(17)] public Resolution? Resolution { get; init; }

    /// <summary>How many of its alerts are still open.</summary>
    [Id(18)] public int OpenAlerts { get; init; }

    /// <summary>The tickets it was filed under (its alerts' tickets are on the alerts).</summary>
    [Id(19)] public ImmutableArray<string> TicketIds { get; init; } = [];
}
