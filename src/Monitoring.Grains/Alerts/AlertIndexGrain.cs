using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// A tenant's alerts for listing: the latest copy of each, kept newest first. It holds at most
/// <see cref="Capacity"/> alerts and forgets the oldest resolved ones beyond that. With PostgreSQL
/// the index is the <c>alerts</c> table instead: every change is upserted, every query reads it.
/// </summary>
internal sealed class AlertIndexGrain(
    [PersistentState("alert-index")] IPersistentState<AlertIndexSnapshot> state,
    DurableStores stores) : Grain, IAlertIndexGrain
{
    public const int Capacity = 200_000;
    private static readonly Comparer<Alert> NewestFirst = Comparer<Alert>.Create((a, b) =>
    {
        var byTime = b.RaisedAt.CompareTo(a.RaisedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(b.AlertId, a.AlertId);
    });

    private List<Alert>? _ordered;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        stores.History is null ? state.WriteStateAsync(cancellationToken) : Task.CompletedTask;

    public Task UpsertAsync(Alert alert)
    {
        if (stores.History is { } history)
        {
            return history.UpsertAlertAsync(this.GetPrimaryKeyString(), alert);
        }

        var alerts = state.State.Alerts;
        var known = alerts.ContainsKey(alert.AlertId);
        alerts[alert.AlertId] = alert;
        if (known && _ordered is not null)
        {
            var at = _ordered.BinarySearch(alert, NewestFirst);
            if (at >= 0)
            {
                _ordered[at] = alert;
            }
        }
        else
        {
            _ordered = null;
        }

        if (alerts.Count > Capacity)
        {
            Trim();
        }

        return Task.CompletedTask;
    }

    public Task<AlertPage> QueryAsync(AlertQuery query)
    {
        if (stores.History is { } history)
        {
            return history.QueryAlertsAsync(this.GetPrimaryKeyString(), query);
        }

        _ordered ??= [.. state.State.Alerts.Values.Order(NewestFirst)];
        var start = 0;
        if (query.BeforeRaisedAt is { } before && query.BeforeAlertId is { } beforeId)
        {
            var probe = new Alert { AlertId = beforeId, Type = "", SiteId = "", RaisedAt = before };
            var at = _ordered.BinarySearch(probe, NewestFirst);
            start = at >= 0 ? at + 1 : ~at;
        }

        var items = new List<Alert>(Math.Min(query.Limit, 64));
        var hasMore = false;
        for (var i = start; i < _ordered.Count; i++)
        {
            var alert = _ordered[i];
            if (query.Since is { } since && alert.RaisedAt < since)
            {
                break;
            }

            if (!Matches(alert, query))
            {
                continue;
            }

            if (items.Count == query.Limit)
            {
                hasMore = true;
                break;
            }

            items.Add(alert);
        }

        return Task.FromResult(new AlertPage([.. items], hasMore));
    }

    private static bool Matches(Alert a, AlertQuery q) =>
        (q.Status is not { } status || a.Status == status)
        && (q.Severity is not { } severity || a.Severity == severity)
        && (q.Type is null || a.Type == q.Type)
        && (q.SiteId is null || a.SiteId == q.SiteId)
        && (q.GuardId is null || a.GuardId == q.GuardId);

    private void Trim()
    {
        var alerts = state.State.Alerts;
        foreach (var old in alerts.Values.Where(a => a.Status == AlertStatus.Resolved).Order(NewestFirst).Reverse()
                     .Take(alerts.Count - Capacity).ToList())
        {
            alerts.Remove(old.AlertId);
        }

        _ordered = null;
    }
}
