using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Alerts;

/// <summary>How each operator action changes an alert (the workflow has already allowed it).</summary>
internal static class AlertChanges
{
    public static Alert Apply(Alert alert, AlertAction action, AlertStatus next, DateTimeOffset now)
    {
        var changed = alert with
        {
            Status = next,
            UpdatedAt = now,
            Notes = action.Notes is { Length: > 0 } notes ? alert.Notes.Add(notes) : alert.Notes,
            History = alert.History.Add(new AlertHistoryEntry(
                ActionName(action.Kind), next, alert.Severity, action.By, now, action.Notes)),
        };

        return action.Kind switch
        {
            AlertActionKind.Acknowledge => changed with { AcknowledgedAt = now, AcknowledgedBy = action.By },
            AlertActionKind.Verify => changed with
            {
                AcknowledgedAt = alert.AcknowledgedAt ?? now,
                AcknowledgedBy = alert.AcknowledgedBy ?? action.By,
                Verifications = alert.Verifications.Add(
                    new Verification(action.Method!.Value, action.Response ?? "", now, action.By)),
            },
            _ => changed with { Resolution = action.Resolution, ResolvedAt = now, ResolvedBy = action.By },
        };
    }

    public static Alert Clear(Alert alert, string reason, DateTimeOffset now) => alert with
    {
        Status = AlertStatus.Resolved,
        Resolution = Resolution.Cleared,
        ResolvedAt = now,
        ResolvedBy = "system",
        UpdatedAt = now,
        History = alert.History.Add(new AlertHistoryEntry("cleared", AlertStatus.Resolved, alert.Severity, "system", now, reason)),
    };

    public static Alert Refresh(Alert alert, AlertDraft draft, DateTimeOffset now)
    {
        var rose = draft.Severity > alert.Severity;
        return alert with
        {
            Severity = rose ? draft.Severity : alert.Severity,
            Score = draft.Score,
            EvidenceJson = draft.EvidenceJson,
            UpdatedAt = now,
            History = rose
                ? alert.History.Add(new AlertHistoryEntry("severity_raised", alert.Status, draft.Severity, "system", now, null))
                : alert.History,
        };
    }

    public static string ActionName(AlertActionKind kind) => kind switch
    {
        AlertActionKind.Acknowledge => "acknowledged",
        AlertActionKind.Verify => "verification",
        _ => "resolved",
    };
}
