using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>
/// One tenant's alerts in memory: the latest copy of each, listed newest first. It holds at most
/// <see cref="Capacity"/> alerts and forgets the oldest resolved ones beyond that.
/// </summary>
internal sealed class AlertShelf
{
    public const int Capacity = 200_000;
    private static readonly Comparer<Alert> NewestFirst = Comparer<Alert>.Create((a, b) =>
    {
        var byTime = b.RaisedAt.CompareTo(a.RaisedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(b.AlertId, a.AlertId);
    });

    private readonly Dictionary<string, Alert> _alerts = new(StringComparer.Ordinal);

    // Built on the first query after a new alert; an update of a known alert keeps it in place
    // (the raise time, hence the position, never changes).
    private List<Alert>? _ordered;

    public void Upsert(Alert alert)
    {
        var known = _alerts.ContainsKey(alert.AlertId);
        _alerts[alert.AlertId] = alert;
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

        if (_alerts.Count > Capacity)
        {
            Trim();
        }
    }

    public AlertPage Query(AlertQuery query)
    {
        _ordered ??= [.. _alerts.Values.Order(NewestFirst)];
        var start = 0;
        if (query.BeforeRaisedAt is { } before && query.BeforeAlertId is { } beforeId)
        {
            start = After(before, beforeId);
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

        return new AlertPage([.. items], hasMore);
    }

    public ImmutableArray<AlertFacts> QueryFacts(AlertPeriodQuery query)
    {
        _ordered ??= [.. _alerts.Values.Order(NewestFirst)];
        var (at, id) = query.Start;
        var items = ImmutableArray.CreateBuilder<AlertFacts>(Math.Min(query.Limit, 256));
        for (var i = After(at, id); i < _ordered.Count && items.Count < query.Limit; i++)
        {
            var alert = _ordered[i];
            if (alert.RaisedAt < query.From)
            {
                break;
            }

            if (query.SiteId is null || alert.SiteId == query.SiteId)
            {
                items.Add(AlertFacts.Of(alert));
            }
        }

        return items.ToImmutable();
    }

    /// <summary>The index of the first alert that sorts after (raised at, id) in newest-first order.</summary>
    private int After(DateTimeOffset raisedAt, string alertId)
    {
        var probe = new Alert { AlertId = alertId, Type = "", SiteId = "", RaisedAt = raisedAt };
        var at = _ordered!.BinarySearch(probe, NewestFirst);
        return at >= 0 ? at + 1 : ~at;
    }

    private static bool Matches(Alert a, AlertQuery q) =>
        (q.Status is not { } status || a.Status == status)
        && (q.Severity is not { } severity || a.Severity == severity)
        && (q.Type is null || a.Type == q.Type)
        && (q.SiteId is null || a.SiteId == q.SiteId)
        && (q.GuardId is null || a.GuardId == q.GuardId);

    private void Trim()
    {
        foreach (var old in _alerts.Values.Where(a => a.Status == AlertStatus.Resolved).Order(NewestFirst).Reverse()
                     .Take(_alerts.Count - Capacity).ToList())
        {
            _alerts.Remove(old.AlertId);
        }

        _ordered = null;
    }
}
