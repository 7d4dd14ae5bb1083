using System.Globalization;
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

    /// <summary>
    /// A rule's new reading of an open alert. The SLA follows the current severity: when it rises on
    /// an alert not yet escalated, the alert takes the new severity's SLA (<paramref name="draft"/>'s)
    /// as its period and is due at now + that SLA if that is sooner. An alert already escalated keeps
    /// its due time and period (it is already climbing the tiers; a shorter period now would page
    /// several tiers at once). When the due time or the period changed, the escalation must be armed
    /// again.
    /// </summary>
    public static (Alert Alert, TimeSpan Period) Refresh(Alert alert, TimeSpan period, AlertDraft draft, DateTimeOffset now)
    {
        var rose = draft.Severity > alert.Severity;
        var refreshed = alert with
        {
            Severity = rose ? draft.Severity : alert.Severity,
            Score = draft.Score,
            EvidenceJson = draft.EvidenceJson,
            UpdatedAt = now,
            History = rose
                ? alert.History.Add(new AlertHistoryEntry("severity_raised", alert.Status, draft.Severity, "system", now, null))
                : alert.History,
        };
        if (!rose || alert.EscalationLevel > 0 || draft.Sla <= TimeSpan.Zero)
        {
            return (refreshed, period);
        }

        var due = now + draft.Sla < alert.SlaDueAt ? now + draft.Sla : alert.SlaDueAt;
        if (due == alert.SlaDueAt && draft.Sla == period)
        {
            return (refreshed, period);
        }

        return (refreshed with
        {
            SlaDueAt = due,
            History = refreshed.History.Add(new AlertHistoryEntry(
                "sla_recomputed", alert.Status, draft.Severity, "system", now,
                string.Create(CultureInfo.InvariantCulture, $"response SLA {draft.Sla.TotalMinutes:0.#} min: due {due:O}"))),
        }, draft.Sla);
    }

    /// <summary>The alert's escalation period: the stored SLA of its severity, or the one it was raised with.</summary>
    public static TimeSpan SlaPeriodOf(Alert alert, TimeSpan? stored) =>
        stored is { } period && period > TimeSpan.Zero ? period
        : alert.SlaDueAt > alert.RaisedAt ? alert.SlaDueAt - alert.RaisedAt
        : TimeSpan.FromMinutes(5);

    public static string ActionName(AlertActionKind kind) => kind switch
    {
        AlertActionKind.Acknowledge => "acknowledged",
        AlertActionKind.Verify => "verification",
        _ => "resolved",
    };
}
