using System.Collections.Immutable;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Tickets;

namespace Monitoring.Contracts.Tickets;

/// <summary>A ticket as the API shows it: work for the NOC opened by high or critical alerts and incidents.</summary>
[GenerateSerializer, Immutable, Alias("ticket")]
public sealed record Ticket
{
    /// <summary>Ticket id.</summary>
    [Id(0)] public required string TicketId { get; init; }

    /// <summary>What it is about: the alert type (an incident's main alert type), or fraud.</summary>
    [Id(1)] public required string Category { get; init; }

    /// <summary>p1 (critical) .. p4 (low).</summary>
    [Id(2)] public TicketPriority Priority { get; init; }

    /// <summary>new, assigned, in_progress, resolved, closed.</summary>
    [Id(3)] public TicketStatus Status { get; init; }

    /// <summary>The site.</summary>
    [Id(4)] public required string SiteId { get; init; }

    /// <summary>The guard, when the first alert concerned one.</summary>
    [Id(5)] public string? GuardId { get; init; }

    /// <summary>The alerts attached, oldest first.</summary>
    [Id(6)] public ImmutableArray<string> AlertIds { get; init; } = [];

    /// <summary>The incident attached, if any.</summary>
    [Id(7)] public string? IncidentId { get; init; }

    /// <summary>When it was opened (the trigger's time).</summary>
    [Id(8)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it should be resolved, by priority.</summary>
    [Id(9)] public DateTimeOffset SlaDueAt { get; init; }

    /// <summary>Who works on it.</summary>
    [Id(10)] public string? Assignee { get; init; }

    /// <summary>When it last changed.</summary>
    [Id(11)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Every change: who moved it where, and when.</summary>
    [Id(12)] public ImmutableArray<TicketHistoryEntry> History { get; init; } = [];

    /// <summary>A resolved fraud ticket's verdict: confirmed (fraud) or false_positive; null otherwise. It labels the scored events of the ticket's alerts.</summary>
    [Id(13)] public Resolution? Verdict { get; init; }
}
