using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Tickets;
using Monitoring.Contracts.Scheduling;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Escalation;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Incidents;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// One alert and its workflow. Every change is written before the caller hears of it, so an
/// acknowledged action survives a silo failure; then the tenant's index and the site are told.
/// </summary>
internal sealed partial class AlertGrain(
    [PersistentState("alert")] IPersistentState<AlertSnapshot> state,
    MonitoringClock clock,
    DueWorkScheduler scheduler,
    FeedPublisher publisher) : Grain, IAlertGrain, IClockDrivenGrain, IRemindable
{
    private string _tenant = "";
    private string _alertId = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _alertId) = GrainKeys.Split(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<Alert> RaiseAsync(AlertDraft draft)
    {
        if (state.State.Alert is { } existing)
        {
            // A repeated raise is a retry after a failure: tell the others again (all idempotent).
            await NotifyAsync(existing, raised: false);
            await TicketAsync(existing);
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
        await SaveAsync(alert);
        await ArmEscalationAsync(alert);
        return state.State.Alert ?? alert;
    }

    public async Task<Alert?> UpdateAsync(AlertDraft draft)
    {
        if (state.State.Alert is not { } alert || !AlertWorkflow.IsOpen(alert.Status))
        {
            return state.State.Alert;
        }

        var refreshed = AlertChanges.Refresh(alert, draft, clock.GetUtcNow());
        await SaveAsync(refreshed);
        return refreshed;
    }

    public async Task<Alert?> ClearAsync(string reason)
    {
        if (state.State.Alert is not { Status: AlertStatus.Active } alert)
        {
            return state.State.Alert;
        }

        var cleared = AlertChanges.Clear(alert, reason, clock.GetUtcNow());
        await SaveAsync(cleared);
        await StopEscalationAsync();
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
            // The first attempt may have failed after saving (before the index heard of it).
            await NotifyAsync(alert, raised: false);
            return new AlertActionResult(ActionOutcome.Repeated, alert);
        }

        if (AlertWorkflow.Next(alert.Status, action.Kind) is not { } next)
        {
            return new AlertActionResult(ActionOutcome.Conflict, alert);
        }

        var changed = AlertChanges.Apply(alert, action, next, clock.GetUtcNow());
        state.State.Fingerprints.Add(fingerprint);
        await SaveAsync(changed);
        if (!EscalationSchedule.Escalates(changed.Status))
        {
            await StopEscalationAsync();
        }

        return new AlertActionResult(ActionOutcome.Applied, state.State.Alert ?? changed);
    }

    public async Task SetIncidentAsync(string incidentId)
    {
        if (state.State.Alert is { } alert && alert.IncidentId is null)
        {
            await SaveAsync(alert with { IncidentId = incidentId });
        }
    }

    public Task<Alert?> GetAsync() => Task.FromResult(state.State.Alert);

    private async Task SaveAsync(Alert alert)
    {
        var raised = state.State.Alert is null;
        state.State.Alert = alert;
        await state.WriteStateAsync();
        await NotifyAsync(alert, raised);
        await TicketAsync(alert);
    }

    /// <summary>A high or critical open alert gets a ticket from its site's desk (a new one or an open one it joins).</summary>
    private async Task TicketAsync(Alert alert)
    {
        if (alert.TicketId is not null || alert.Severity < Severity.High || !AlertWorkflow.IsOpen(alert.Status))
        {
            return;
        }

        var request = new TicketOpeningRequest(
            TicketSource.Alert, alert.AlertId, alert.Type, alert.SiteId, alert.GuardId, alert.Severity, alert.RaisedAt);
        if (await GrainFactory.GetGrain<ITicketDeskGrain>(GrainKeys.Compose(_tenant, alert.SiteId)).RouteAsync(request) is not { } ticketId)
        {
            return;
        }

        var linked = alert with { TicketId = ticketId };
        state.State.Alert = linked;
        await state.WriteStateAsync();
        await NotifyAsync(linked, raised: false);
    }

    /// <summary>The index, the site, the correlation stream and the feed hear of the alert as it stands.</summary>
    private async Task NotifyAsync(Alert alert, bool raised)
    {
        await GrainFactory.GetGrain<IAlertIndexGrain>(_tenant).UpsertAsync(alert);
        await GrainFactory.GetGrain<ISiteGrain>(GrainKeys.Compose(_tenant, alert.SiteId))
            .ReportAlertAsync(alert.AlertId, alert.Severity, AlertWorkflow.IsOpen(alert.Status));
        var signal = new SiteSignal(SiteSignal.AlertKind, alert.AlertId, alert.Type, alert.Severity, alert.SiteId,
            alert.GuardId, alert.RaisedAt, AlertWorkflow.IsOpen(alert.Status), alert.Score);
        await this.SiteSignals(_tenant, alert.SiteId).OnNextAsync(signal);
        publisher.Publish(FeedEnvelopes.Of(
            raised ? FeedTypes.AlertRaised : FeedTypes.AlertUpdated, _tenant, alert.SiteId, alert.GuardId, alert.UpdatedAt, alert));
    }
}
