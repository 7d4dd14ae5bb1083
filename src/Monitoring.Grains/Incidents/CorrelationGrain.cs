using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Monitoring.Grains.Incidents;

/// <summary>
/// Folds one site's alerts into incidents (<see cref="Correlator"/>), fed by the site's signal
/// stream through an implicit subscription. State is written on every incident change, so the
/// incidents survive the grain; signals lost in a memory stream are re-sent by the next change of
/// the alert (see docs/correlation.md).
/// </summary>
[ImplicitStreamSubscription(SiteSignal.StreamNamespace)]
internal sealed class CorrelationGrain(
    [PersistentState("correlation")] IPersistentState<CorrelationState> state,
    MonitoringClock clock,
    FeedPublisher publisher) : Grain, ICorrelationGrain, IStreamSubscriptionObserver
{
    private string _tenant = "";
    private Correlator _correlator = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _tenant = GrainKeys.Split(this.GetPrimaryKeyString()).Tenant;
        _correlator = new Correlator(at => "inc_" + Guid.CreateVersion7(at).ToString("N"));
        foreach (var (id, alerts) in state.State.Incidents)
        {
            _correlator.Restore(IncidentFold.Rebuild(id, [.. alerts.Select(ToDomain)]));
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
            return incident.IncidentId;
        }

        state.State.Incidents[incident.IncidentId] = [.. incident.Alerts.Select(a => ToSignal(a))];
        if (change.Opened)
        {
            // Only a new incident can push an old one out of the correlator.
            var kept = _correlator.Incidents.Select(i => i.IncidentId).ToHashSet(StringComparer.Ordinal);
            state.State.Incidents = state.State.Incidents
                .Where(kv => kept.Contains(kv.Key))
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        }
        await state.WriteStateAsync();

        var view = ToView(incident);
        await GrainFactory.GetGrain<IIncidentIndexGrain>(_tenant).UpsertAsync(view);
        await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, signal.AlertId)).SetIncidentAsync(incident.IncidentId);
        publisher.Publish(FeedEnvelopes.Of(
            change.Opened ? FeedTypes.IncidentOpened : FeedTypes.IncidentUpdated, _tenant, incident.SiteId, incident.GuardId, view.UpdatedAt, view));
        if (incident.IsOpen && incident.Severity >= Severity.High)
        {
            // The desk files the incident under its main alert type, so it joins that alert's ticket.
            var trigger = TicketTrigger.ForIncident(incident, incident.FirstAt);
            await GrainFactory.GetGrain<ITicketDeskGrain>(GrainKeys.Compose(_tenant, incident.SiteId)).RouteAsync(new TicketOpeningRequest(
                trigger.Source, trigger.SourceId, trigger.Category, trigger.SiteId, trigger.GuardId, trigger.Severity, trigger.At));
        }

        return incident.IncidentId;
    }

    private Incident ToView(IncidentFold incident) => new()
    {
        IncidentId = incident.IncidentId,
        SiteId = incident.SiteId,
        GuardId = incident.GuardId,
        AlertIds = [.. incident.Alerts.OrderBy(a => a.RaisedAt).Select(a => a.AlertId)],
        AlertTypes = [.. incident.Alerts.Select(a => a.Type).Distinct(StringComparer.Ordinal)],
        CorrelationScore = incident.CorrelationScore,
        Severity = incident.Severity,
        Status = incident.Status,
        OpenedAt = incident.FirstAt,
        UpdatedAt = clock.GetUtcNow(),
    };

    private static AlertSignal ToDomain(SiteSignal s) => new(s.AlertId!, s.Type, s.Severity, s.SiteId, s.GuardId, s.At, s.Open);

    private static SiteSignal ToSignal(AlertSignal a) =>
        new(SiteSignal.AlertKind, a.AlertId, a.Type, a.Severity, a.SiteId, a.GuardId, a.RaisedAt, a.Open, null);
}
