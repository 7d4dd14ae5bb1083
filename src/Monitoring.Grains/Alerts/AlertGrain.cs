using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Scheduling;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Escalation;
using Monitoring.Grains.Diagnostics;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Outbox;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// One alert and its workflow. Every change is written before the caller hears of it, so an
/// acknowledged action survives a silo failure; what the change owes the others (index, site,
/// stream, feed, ticket, escalation) is written with it and done after it, until done
/// (AlertGrain.Outbox.cs).
/// </summary>
internal sealed partial class AlertGrain(
    [PersistentState("alert")] IPersistentState<AlertSnapshot> state,
    MonitoringClock clock,
    IPeriodicWork periodicWork,
    FeedPublisher publisher,
    NotificationSettings notifications,
    ILogger<AlertGrain> logger) : Grain, IAlertGrain, IClockDrivenGrain, IRemindable
{
    private string _tenant = "";
    private string _alertId = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _alertId) = GrainKeys.Split(this.GetPrimaryKeyString());
        _retry = new OutboxRetry(this, DrainAsync);
        if (state.State.Pending != AlertFollowUps.None)
        {
            // A change saved before the last activation ended still owes its follow-ups.
            _retry.Soon();
        }

        return Task.CompletedTask;
    }

    public async Task<Alert> RaiseAsync(AlertDraft draft)
    {
        if (state.State.Alert is { } existing)
        {
            // A repeated raise is a retry after a failure: tell the others again (all idempotent).
            state.State.Pending |= AlertFollowUps.Changed;
            await DrainAsync();
            return state.State.Alert ?? existing;
        }

        var now = clock.GetUtcNow();
        var alert = new Alert
        {
            AlertId = _alertId,
            Type = draft.Type,
            Severity = draft.Severity,
            Status = AlertStatus.Active,
            GuardId = draft.GuardId,
            DeviceId = draft.DeviceId,
            SiteId = draft.SiteId,
            RaisedAt = now,
            UpdatedAt = now,
            SlaDueAt = now + draft.Sla,
            Score = draft.Score,
            EvidenceJson = draft.EvidenceJson,
            History = [new AlertHistoryEntry("raised", AlertStatus.Active, draft.Severity, "system", now, null)],
        };
        state.State.SlaPeriod = draft.Sla;
        await SaveAsync(alert, AlertFollowUps.Changed | AlertFollowUps.ArmEscalation);
        GrainMetrics.AlertRaised(alert.Type, alert.Severity);
        return state.State.Alert ?? alert;
    }

    public async Task<Alert?> UpdateAsync(AlertDraft draft)
    {
        if (state.State.Alert is not { } alert || !AlertWorkflow.IsOpen(alert.Status))
        {
            return state.State.Alert;
        }

        var period = AlertChanges.SlaPeriodOf(alert, state.State.SlaPeriod);
        var (refreshed, next) = AlertChanges.Refresh(alert, period, draft, clock.GetUtcNow());
        state.State.SlaPeriod = next;
        var rearm = refreshed.SlaDueAt != alert.SlaDueAt || next != period;
        await SaveAsync(refreshed, AlertFollowUps.Changed | (rearm ? AlertFollowUps.ArmEscalation : AlertFollowUps.None));
        return refreshed;
    }

    public async Task<Alert?> ClearAsync(string reason)
    {
        if (state.State.Alert is not { Status: AlertStatus.Active } alert)
        {
            return state.State.Alert;
        }

        var cleared = AlertChanges.Clear(alert, reason, clock.GetUtcNow());
        await SaveAsync(cleared, AlertFollowUps.Changed | AlertFollowUps.StopEscalation);
        return cleared;
    }

    public async Task<AlertActionResult> ActAsync(AlertAction action)
    {
        if (state.State.Alert is not { } alert)
        {
            return new AlertActionResult(ActionOutcome.NotFound, null);
        }

        var fingerprint = AlertWorkflow.Fingerprint(
            action.Kind, action.By, action.Notes, action.Method?.ToString(), action.Response, action.Resolution?.ToString());
        if (state.State.Fingerprints.Contains(fingerprint))
        {
            // The first attempt's follow-ups may still be owed: this is a good moment to try them.
            await DrainAsync();
            return new AlertActionResult(ActionOutcome.Repeated, state.State.Alert ?? alert);
        }

        if (AlertWorkflow.Next(alert.Status, action.Kind) is not { } next)
        {
            return new AlertActionResult(ActionOutcome.Conflict, alert);
        }

        if (!AlertLimits.HasRoom(action.Kind, alert.Verifications.Length, alert.History.Length))
        {
            return new AlertActionResult(ActionOutcome.Full, alert);
        }

        var changed = AlertChanges.Apply(alert, action, next, clock.GetUtcNow());
        var owed = AlertFollowUps.Changed | (EscalationSchedule.Escalates(changed.Status) ? AlertFollowUps.None : AlertFollowUps.StopEscalation)
            | (FraudLabels.Of(changed) is not null && FraudLabels.Of(alert) is null ? AlertFollowUps.Label : AlertFollowUps.None);
        await SaveAsync(changed, owed, fingerprint);
        return new AlertActionResult(ActionOutcome.Applied, state.State.Alert ?? changed);
    }

    public async Task SetIncidentAsync(string incidentId)
    {
        if (state.State.Alert is { } alert && alert.IncidentId is null)
        {
            // The correlation grain asks: a signal back to it would only be folded as nothing new.
            await SaveAsync(alert with { IncidentId = incidentId }, AlertFollowUps.IncidentLinked);
        }
    }

    public Task<Alert?> GetAsync() => Task.FromResult(state.State.Alert);

    /// <summary>Writes the change with the follow-ups it owes (<paramref name="owed"/>) in the same write, then does them.</summary>
    private async Task SaveAsync(Alert alert, AlertFollowUps owed = AlertFollowUps.Changed, string? fingerprint = null)
    {
        var (before, pending, fingerprints) = (state.State.Alert, state.State.Pending, state.State.Fingerprints.Count);
        state.State.Alert = alert;
        if (fingerprint is not null)
        {
            state.State.Fingerprints.Add(fingerprint);
        }

        state.State.Pending |= owed | (before is null ? AlertFollowUps.Raised : AlertFollowUps.None);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not saved means not applied: memory must not answer a retry with a change storage never got.
            (state.State.Alert, state.State.Pending) = (before, pending);
            state.State.Fingerprints.RemoveRange(fingerprints, state.State.Fingerprints.Count - fingerprints);
            throw;
        }

        await DrainAsync();
    }
}
