using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Alerts;

/// <summary>What reports read of an alert: its kind, place and the times of its workflow, without evidence or history.</summary>
[GenerateSerializer, Immutable, Alias("alert-facts")]
public sealed record AlertFacts(
    [property: Id(0)] string AlertId,
    [property: Id(1)] string Type,
    [property: Id(2)] Severity Severity,
    [property: Id(3)] string SiteId,
    [property: Id(4)] string? GuardId,
    [property: Id(5)] DateTimeOffset RaisedAt,
    [property: Id(6)] DateTimeOffset SlaDueAt,
    [property: Id(7)] DateTimeOffset? AcknowledgedAt,
    [property: Id(8)] DateTimeOffset? ResolvedAt,
    [property: Id(9)] Resolution? Resolution,
    [property: Id(10)] int EscalationLevel)
{
    /// <summary>The facts of <paramref name="alert"/> as it stands.</summary>
    public static AlertFacts Of(Alert alert) => new(
        alert.AlertId, alert.Type, alert.Severity, alert.SiteId, alert.GuardId, alert.RaisedAt, alert.SlaDueAt,
        alert.AcknowledgedAt, alert.ResolvedAt, alert.Resolution, alert.EscalationLevel);
}
