using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// What the notifications tell the alert: the silence that holds it (a silenced alert does not
/// escalate; lifted, it is due one SLA period later), the alert that inhibits it, and where each
/// delivery about it stands.
/// </summary>
internal sealed partial class AlertGrain
{
    private const int MaxDeliveryMarks = 256;

    public async Task MarkSilencedAsync(string? silenceId)
    {
        if (state.State.Alert is not { } alert)
        {
            return;
        }

        if (alert.SilencedBy == silenceId || (silenceId is not null && !AlertWorkflow.IsOpen(alert.Status)))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var lifted = silenceId is null;
        var changed = alert with
        {
            SilencedBy = silenceId,
            UpdatedAt = now,
            SlaDueAt = lifted && alert.Status == AlertStatus.Active ? now + PolicyOf(alert).SlaPeriod : alert.SlaDueAt,
            History = alert.History.Add(new AlertHistoryEntry(
                lifted ? "unsilenced" : "silenced", alert.Status, alert.Severity, "system", now, silenceId ?? alert.SilencedBy)),
        };
        await SaveAsync(changed, AlertFollowUps.Changed | (lifted ? AlertFollowUps.ArmEscalation : AlertFollowUps.StopEscalation));
    }

    public async Task MarkInhibitedAsync(string? alertId)
    {
        if (state.State.Alert is not { } alert || alert.InhibitedBy == alertId)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var changed = alert with
        {
            InhibitedBy = alertId,
            UpdatedAt = now,
            History = alert.History.Add(new AlertHistoryEntry(
                alertId is null ? "uninhibited" : "inhibited", alert.Status, alert.Severity, "system", now, alertId ?? alert.InhibitedBy)),
        };
        await SaveAsync(changed, AlertFollowUps.Index | AlertFollowUps.Feed | AlertFollowUps.Notify);
    }

    public async Task RecordDeliveryAsync(string deliveryId, int tier, DeliveryStatus status, DateTimeOffset at)
    {
        var marks = state.State.Deliveries;
        if (state.State.Alert is not { } alert
            || (marks.TryGetValue(deliveryId, out var mark) && !mark.YieldsTo(status))
            || (mark is null && marks.Count >= MaxDeliveryMarks))
        {
            return;
        }

        marks[deliveryId] = new DeliveryMark(tier, status, at);
        var changed = alert with { Deliveries = DeliveryMark.Summarise(marks.Values), UpdatedAt = clock.GetUtcNow() };
        try
        {
            await SaveAsync(changed, AlertFollowUps.Index | AlertFollowUps.Feed);
        }
        catch
        {
            if (mark is null)
            {
                marks.Remove(deliveryId);
            }
            else
            {
                marks[deliveryId] = mark;
            }

            throw;
        }
    }
}
