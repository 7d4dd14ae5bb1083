using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;
using Monitoring.Domain.Incidents;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Monitoring.Grains.Incidents;

/// <summary>
/// Folds one site's alerts into incidents (<see cref="Correlator"/>), fed by the site's signal
/// stream through an implicit subscription, and applies operators' actions to them
/// (<see cref="IncidentWorkflow"/>). State is written on every incident change, so the incidents
/// and their history survive the grain. Folding is idempotent: a signal delivered again (durable
/// streams deliver at least once) or overtaken by a newer one changes nothing, and finishes a link
/// left undone (<see cref="CorrelationState.Unlinked"/>). Signals lost in a memory stream are re-sent
/// by the next change of the alert (see docs/correlation.md).
/// </summary>
[ImplicitStreamSubscription(SiteSignal.StreamNamespace)]
internal sealed class CorrelationGrain(
    [PersistentState("correlation")] IPersistentState<CorrelationState> state,
    MonitoringClock clock,
    FeedPublisher publisher) : Grain, ICorrelationGrain, IStreamSubscriptionObserver
{
    private string _tenant = "";
    private Correlator _correlator = null!;

    private IIncidentIndexGrain Index => GrainFactory.GetGrain<IIncidentIndexGrain>(_tenant);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _tenant = GrainKeys.Split(this.GetPrimaryKeyString()).Tenant;
        _correlator = new Correlator(at => "inc_" + Guid.CreateVersion7(at).ToString("N"));
        foreach (var (id, alerts) in state.State.Incidents)
        {
            var history = state.State.History.GetValueOrDefault(id)?.Select(e => e.ToDomain());
            _correlator.Restore(IncidentFold.Rebuild(id, [.. alerts.Select(ToDomain)], history));
        }

        return Task.CompletedTask;
    }

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<SiteSignal>().ResumeAsync((signal, _) => FoldAsync(signal));

    public async Task<string?> FoldAsync(SiteSignal signal)
    {
        if (signal.Kind != SiteSignal.AlertKind || signal.AlertId is null)
        {
            return null;
        }

        var change = _correlator.Fold(ToDomain(signal));
        var incident = change.Incident;
        if (!change.Changed)
        {
            // Delivered again (streams deliver at least once): finish a link a dead silo left undone.
            if (state.State.Unlinked.Contains(signal.AlertId))
            {
                await LinkAsync(incident, signal.AlertId, opened: false);
            }

            return incident.IncidentId;
        }

        state.State.Incidents[incident.IncidentId] = [.. incident.Alerts.Select(a => ToSignal(a))];
        if (change.Opened)
        {
            // Only a new incident can push an old one out of the correlator.
            state.State.KeepOnly(_correlator.Incidents.Select(i => i.IncidentId).ToHashSet(StringComparer.Ordinal));
        }

        state.State.Unlinked.Add(signal.AlertId);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The correlator is now ahead of storage: the next delivery must fold again from storage.
            DeactivateOnIdle();
            throw;
        }

        await LinkAsync(incident, signal.AlertId, change.Opened);
        return incident.IncidentId;
    }

    /// <summary>Tells the ticket desk (high and critical), the index, the alert and the feed of the alert's incident.</summary>
    private async Task LinkAsync(IncidentFold incident, string alertId, bool opened)
    {
        if (incident.IsOpen && !incident.IsClosed && incident.Severity >= Severity.High)
        {
            await FileTicketAsync(incident);
        }

        var view = View(incident);
        await Index.UpsertAsync(view);
        await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, alertId)).SetIncidentAsync(incident.IncidentId);
        publisher.Publish(FeedEnvelopes.Of(
            opened ? FeedTypes.IncidentOpened : FeedTypes.IncidentUpdated, _tenant, incident.SiteId, incident.GuardId, view.UpdatedAt, view));
        state.State.Unlinked.Remove(alertId);
    }

    public async Task<IncidentActionResult> ActAsync(string incidentId, IncidentCommand command)
    {
        if (_correlator.Find(incidentId) is not { } incident)
        {
            return new IncidentActionResult(IncidentOutcome.NotFound, await Index.GetAsync(incidentId));
        }

        var before = incident.Case;
        var outcome = incident.Act(command.ToDomain(), clock.GetUtcNow());
        if (outcome != IncidentOutcome.Applied)
        {
            return new IncidentActionResult(outcome, await Index.GetAsync(incidentId) ?? View(incident));
        }

        var stored = state.State.History.GetValueOrDefault(incidentId);
        state.State.History[incidentId] = [.. incident.Case.History.Select(IncidentHistoryEntry.Of)];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not saved means not applied: a retry must find the incident as storage has it.
            incident.Undo(before);
            if (stored is null)
            {
                state.State.History.Remove(incidentId);
            }
            else
            {
                state.State.History[incidentId] = stored;
            }

            throw;
        }

        var view = View(incident);
        await Index.UpsertAsync(view);
        publisher.Publish(FeedEnvelopes.Of(FeedTypes.IncidentUpdated, _tenant, incident.SiteId, incident.GuardId, view.UpdatedAt, view));
        return new IncidentActionResult(IncidentOutcome.Applied, view);
    }

    /// <summary>Files a high or critical incident with the site's ticket desk and remembers the ticket.</summary>
    private async Task FileTicketAsync(IncidentFold incident)
    {
        // The desk files the incident under its main alert type, so it joins that alert's ticket.
        var trigger = TicketTrigger.ForIncident(incident, incident.FirstAt);
        var ticketId = await GrainFactory.GetGrain<ITicketDeskGrain>(GrainKeys.Compose(_tenant, incident.SiteId)).RouteAsync(new TicketOpeningRequest(
            trigger.Source, trigger.SourceId, trigger.Category, trigger.SiteId, trigger.GuardId, trigger.Severity, trigger.At));
        var tickets = state.State.Tickets.GetValueOrDefault(incident.IncidentId) ?? [];
        if (ticketId is not null && !tickets.Contains(ticketId))
        {
            state.State.Tickets[incident.IncidentId] = [.. tickets, ticketId];
            await state.WriteStateAsync();
        }
    }

    private Incident View(IncidentFold incident) =>
        IncidentViews.Of(incident, state.State.Tickets.GetValueOrDefault(incident.IncidentId), clock.GetUtcNow());

    private static AlertSignal ToDomain(SiteSignal s) => new(s.AlertId!, s.Type, s.Severity, s.SiteId, s.GuardId, s.At, s.Open, s.Revision);

    private static SiteSignal ToSignal(AlertSignal a) =>
        new(SiteSignal.AlertKind, a.AlertId, a.Type, a.Severity, a.SiteId, a.GuardId, a.RaisedAt, a.Open, null, a.Revision);
}
