using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;

namespace Monitoring.Server.Apis;

/// <summary>One of the guard's alerts as its history lists it (the whole alert: <c>GET /api/v1/alerts/{alertId}</c>).</summary>
internal sealed record GuardHistoryAlert(
    string AlertId, string Type, Severity Severity, AlertStatus Status, Resolution? Resolution,
    DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ResolvedAt, double? Score)
{
    public static GuardHistoryAlert Of(Alert a) =>
        new(a.AlertId, a.Type, a.Severity, a.Status, a.Resolution, a.RaisedAt, a.UpdatedAt, a.ResolvedAt, a.Score);
}
