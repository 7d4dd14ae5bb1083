using System.Collections.Immutable;
using Monitoring.Contracts.Guards;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's latest evaluation scores, oldest first, in a fixed ring of 16-byte entries, made at
/// the first evaluation. Four hours of scores as a list of records cost a long-shift guard about
/// 2.8 KB; the ring costs 0.8 KB. A score is kept to a millionth, exact for the scores the rule
/// weights and the night multiplier make.
/// </summary>
internal sealed class ScoreHistory(int capacity)
{
    private const decimal Scale = 1_000_000m;

    private Entry[]? _ring;
    private int _start;
    private int _count;

    public int Count => _count;

    public static ScoreHistory Restore(IEnumerable<ScorePoint> points, int capacity)
    {
        var history = new ScoreHistory(capacity);
        foreach (var point in points)
        {
            history.Add(point.At, (decimal)point.Score, point.Severity);
        }

        return history;
    }

    public void Add(DateTimeOffset at, decimal score, Severity severity)
    {
        _ring ??= new Entry[capacity];
        var entry = new Entry(at.UtcTicks, (int)Math.Round(score * Scale), severity);
        if (_count < _ring.Length)
        {
            _ring[(_start + _count++) % _ring.Length] = entry;
            return;
        }

        _ring[_start] = entry;
        _start = (_start + 1) % _ring.Length;
    }

    public ImmutableArray<ScorePoint> ToArray()
    {
        var points = ImmutableArray.CreateBuilder<ScorePoint>(_count);
        for (var i = 0; i < _count; i++)
        {
            var e = _ring![(_start + i) % _ring.Length];
            points.Add(new ScorePoint(new DateTimeOffset(e.UtcTicks, TimeSpan.Zero), (double)(e.ScoreMillionths / Scale), e.Severity));
        }

        return points.MoveToImmutable();
    }

    private readonly record struct Entry(long UtcTicks, int ScoreMillionths, Severity Severity);
}
