using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>One tenant's scored events in append order, keyed by (device, seq); every member takes the lock.</summary>
internal sealed class FraudShelf
{
    public const int MaxRows = 200_000;

    private readonly Lock _lock = new();
    private readonly List<FraudScore?> _rows = [];
    private readonly Dictionary<(string DeviceId, long Seq), int> _at = [];
    private int _start;

    /// <summary>Adds the event, or replaces the one of the same (device, seq); drops rows scored before <paramref name="keepFrom"/>.</summary>
    public void Append(FraudScore score, DateTimeOffset keepFrom)
    {
        lock (_lock)
        {
            if (_at.TryGetValue((score.DeviceId, score.Seq), out var i))
            {
                _rows[i] = score;
                return;
            }

            _at[(score.DeviceId, score.Seq)] = _rows.Count;
            _rows.Add(score);
            while (_start < _rows.Count && (_rows[_start] is not { } first || first.At < keepFrom || _rows.Count - _start > MaxRows))
            {
                if (_rows[_start] is { } gone)
                {
                    _at.Remove((gone.DeviceId, gone.Seq));
                }

                _rows[_start++] = null;
            }

            Compact();
        }
    }

    public ImmutableArray<FraudScore> Query(FraudLedgerQuery query)
    {
        var found = ImmutableArray.CreateBuilder<FraudScore>();
        lock (_lock)
        {
            for (var i = _rows.Count - 1; i >= _start && found.Count < query.Limit; i--)
            {
                if (_rows[i] is { } s && s.At >= query.Since && s.Score >= query.MinScore
                    && (query.GuardId is null || s.GuardId == query.GuardId) && (query.SiteId is null || s.SiteId == query.SiteId))
                {
                    found.Add(s);
                }
            }
        }

        return [.. found.OrderByDescending(s => s.At)];
    }

    public bool Change(string deviceId, long seq, Func<FraudScore, FraudScore> change)
    {
        lock (_lock)
        {
            if (!_at.TryGetValue((deviceId, seq), out var i) || _rows[i] is not { } row)
            {
                return false;
            }

            _rows[i] = change(row);
            return true;
        }
    }

    public ImmutableArray<FraudSample> Samples(DateTimeOffset since, DateTimeOffset until, int limit)
    {
        lock (_lock)
        {
            return [.. _rows.Skip(_start)
                .Where(s => s is { Label: not null } && s.At >= since && s.At < until)
                .OrderBy(s => s!.At)
                .Take(limit)
                .Select(s => new FraudSample(s!.GuardId, s.SiteId, s.At, FraudFeatures.From(s.Features.AsSpan()), s.Label!.Value))];
        }
    }

    /// <summary>Moves the live rows to the front once the dropped ones are half the list.</summary>
    private void Compact()
    {
        if (_start < 1024 || _start < _rows.Count / 2)
        {
            return;
        }

        _rows.RemoveRange(0, _start);
        _start = 0;
        _at.Clear();
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i] is { } s)
            {
                _at[(s.DeviceId, s.Seq)] = i;
            }
        }
    }
}
