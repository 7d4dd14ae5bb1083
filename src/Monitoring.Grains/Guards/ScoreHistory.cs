using System.Collections.Immutable;
using Monitoring.Contracts.Guards;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's latest evaluation scores, oldest first, in a fixed ring of 8-byte entries, made at
/// the first evaluation, a fraction of what a list of records costs a long-shift guard. An entry keeps its time in milliseconds from the ring's base (scores more
/// than 24 days older than the newest are dropped) and its score to a ten-thousandth, exact for the
/// scores the default weights and the night multiplier make.
/// </summary>
internal sealed class ScoreHistory(int capacity)
{
    private const decimal Scale = 10_000m;

    private Entry[]? _ring;
    private long _baseMs;
    private int _start;
    private int _count;

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
        var ms = at.ToUnixTimeMilliseconds();
        if (_count == 0)
        {
            _baseMs = ms;
        }
        else if (ms - _baseMs > int.MaxValue)
        {
            Rebase(ms);
        }

        var entry = new Entry((int)(ms - _baseMs), (ushort)Math.Clamp(Math.Round(score * Scale), 0, ushort.MaxValue), severity);
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
            points.Add(new ScorePoint(DateTimeOffset.FromUnixTimeMilliseconds(_baseMs + e.OffsetMs), (double)(e.Score / Scale), e.Severity));
        }

        return points.MoveToImmutable();
    }

    // Moves the base to the newest time, keeping the entries still within reach of it.
    private void Rebase(long newestMs)
    {
        var kept = ToArray().Where(p => newestMs - p.At.ToUnixTimeMilliseconds() <= int.MaxValue).ToList();
        (_start, _count, _baseMs) = (0, 0, kept.Count > 0 ? kept[0].At.ToUnixTimeMilliseconds() : newestMs);
        foreach (var point in kept)
        {
            Add(point.At, (decimal)point.Score, point.Severity);
        }
    }

    private readonly record struct Entry(int OffsetMs, ushort Score, Severity Severity);
}
