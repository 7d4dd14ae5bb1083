using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Alerts;

/// <summary>An alert as the API shows it.</summary>
[GenerateSerializer, Immutable, Alias("alert")]
public sealed record Alert
{
    /// <summary>Alert id.</summary>
    [Id(0)] public required string AlertId { get; init; }

    /// <summary>The rule that raised it, e.g. inactivity.</summary>
    [Id(1)] public required string Type { get; init; }

    /// <summary>Current severity (it may rise while open).</summary>
    [Id(2)] public Severity Severity { get; init; }

    /// <summary>Workflow status.</summary>
    [Id(3)] public AlertStatus Status { get; init; }

    /// <summary>How it ended, once resolved.</summary>
    [Id(4)] public Resolution? Resolution { get; init; }

    /// <summary>The guard concerned.</summary>
    [Id(5)] public string? GuardId { get; init; }

    /// <summary>The device concerned.</summary>
    [Id(6)] public string? DeviceId { get; init; }

    /// <summary>The site concerned.</summary>
    [Id(7)] public required string SiteId { get; init; }

    /// <summary>When it was raised.</summary>
    [Id(8)] public DateTimeOffset RaisedAt { get; init; }

    /// <summary>When it last changed.</summary>
    [Id(9)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When an operator took it.</summary>
    [Id(10)] public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>Who took it.</summary>
    [Id(11)] public string? AcknowledgedBy { get; init; }

    /// <summary>How many times it escalated.</summary>
    [Id(12)] public int EscalationLevel { get; init; }

    /// <summary>When an operator must have acknowledged it.</summary>
    [Id(13)] public DateTimeOffset SlaDueAt { get; init; }

    /// <summary>The rule's score, when it has one.</summary>
    [Id(14)] public double? Score { get; init; }

    /// <summary>Evidence as JSON text (see <see cref="Evidence"/>).</summary>
    [Id(15), JsonIgnore] public string EvidenceJson { get; init; } = "{}";

    /// <summary>Verification attempts.</summary>
    [Id(16)] public ImmutableArray<Verification> Verifications { get; init; } = [];

    /// <summary>Operators' notes.</summary>
    [Id(17)] public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The incident it belongs to.</summary>
    [Id(18)] public string? IncidentId { get; init; }

    /// <summary>The ticket it is attached to.</summary>
    [Id(19)] public string? TicketId { get; init; }

    /// <summary>When it was resolved.</summary>
    [Id(20)] public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Who resolved it (<c>system</c> when it cleared itself).</summary>
    [Id(21)] public string? ResolvedBy { get; init; }

    /// <summary>Every change, oldest first.</summary>
    [Id(22)] public ImmutableArray<AlertHistoryEntry> History { get; init; } = [];

    /// <summary>The silence that keeps it from being notified and escalated, while one does.</summary>
    [Id(23)] public string? SilencedBy { get; init; }

    /// <summary>The open alert whose inhibition rule keeps it from being notified, while one does.</summary>
    [Id(24)] public string? InhibitedBy { get; init; }

    /// <summary>How its notifications stand.</summary>
    [Id(25)] public DeliverySummary Deliveries { get; init; } = DeliverySummary.None;

    /// <summary>What the rule saw, e.g. the window's signal counts.</summary>
    public JsonElement Evidence => JsonDocument.Parse(EvidenceJson).RootElement;
}
