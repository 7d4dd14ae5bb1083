using System.Collections.Immutable;
using Monitoring.Contracts.Guards;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Geo;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's latest evaluations, oldest first, in a ring of 16-byte entries: the score to a
/// ten-thousandth (exact for the scores the default weights and the night multiplier make), whether
/// the guard was warming up, the four signals of the period before it (saturating at a byte, or
/// 65,535 m of movement) and the newest position as offsets from a <see cref="TrailOrigin"/>. An
/// entry keeps its time in milliseconds from the ring's base (entries more than 24 days older than
/// the newest are dropped). The ring grows by <see cref="GrowBy"/> entries (an hour of evaluations) up to its
/// capacity, so it is sized to the evaluations the guard has had: no room for hours not yet worked.
/// </summary>
internal sealed class ScoreHistory(int capacity)
{
    public const int GrowBy = 12;
    private const decimal Scale = 10_000m;
    private const ushort WarmingBit = 0x8000;

    private Entry[]? _ring;
    private long _baseMs;
    private int _start;
    private int _count;
    private TrailOrigin _origin;

    public static ScoreHistory Restore(IEnumerable<ScorePoint> points, int capacity)
    {
        var history = new ScoreHistory(capacity);
        foreach (var point in points)
        {
            history.Add(point.At, (decimal)point.Score, point.Severity);
        }

        return history;
    }

    public static ScoreHistory Restore(IEnumerable<TrailRecord> records, int capacity)
    {
        var history = new ScoreHistory(capacity);
        foreach (var r in records)
        {
            var fix = r is { Lat: { } lat, Lon: { } lon } ? new GeoFix(lat, lon, 0) : (GeoFix?)null;
            history.Add(r.At, (decimal)r.Score, r.Severity, new TrailSample(r.WarmingUp, r.Phone, r.MovementM, r.Tasks, r.Checkpoints, fix));
        }

        return history;
    }

    public void Add(DateTimeOffset at, decimal score, Severity severity) => Add(at, score, severity, TrailSample.None);

    public void Add(DateTimeOffset at, decimal score, Severity severity, TrailSample sample)
    {
        var ms = at.ToUnixTimeMilliseconds();
        if (_count == 0)
        {
            _baseMs = ms;
        }
        else if (ms - _baseMs > int.MaxValue)
        {
            Rebase(ms);
        }

        var (north, east) = Encode(sample.Fix);
        var scaled = (ushort)Math.Clamp(Math.Round(score * Scale), 0, Scale);
        var entry = new Entry(
            (int)(ms - _baseMs), (ushort)(scaled | (sample.WarmingUp ? WarmingBit : 0)), severity, Byte(sample.Phone),
            (ushort)Math.Clamp(Math.Round(sample.MovementM), 0, ushort.MaxValue), Byte(sample.Tasks), Byte(sample.Checkpoints), north, east);
        Grow();
        if (_count < _ring!.Length)
        {
            _ring[(_start + _count++) % _ring.Length] = entry;
            return;
        }

        _ring[_start] = entry;
        _start = (_start + 1) % _ring.Length;
    }

    /// <summary>The entries the ring has room for now (it grows up to its capacity).</summary>
    public int Room => _ring?.Length ?? 0;

    /// <summary>The time of the newest evaluation kept; null when none is.</summary>
    public DateTimeOffset? NewestAt => _count == 0 ? null : TimeOf(At(_count - 1));

    /// <summary>The scores of the latest <paramref name="most"/> evaluations past warm-up, oldest first.</summary>
    public ImmutableArray<ScorePoint> Scores(int most)
    {
        var points = ImmutableArray.CreateBuilder<ScorePoint>();
        for (var i = 0; i < _count; i++)
        {
            var e = At(i);
            if ((e.Score & WarmingBit) == 0)
            {
                points.Add(new ScorePoint(TimeOf(e), ScoreOf(e), e.Severity));
            }
        }

        return points.Count <= most ? points.ToImmutable() : points.ToImmutable()[^most..];
    }

    /// <summary>Every entry as stored, oldest first.</summary>
    public IEnumerable<TrailRecord> Records()
    {
        for (var i = 0; i < _count; i++)
        {
            var e = At(i);
            var fix = _origin.Decode(e.NorthM, e.EastM);
            yield return new TrailRecord(TimeOf(e), ScoreOf(e), e.Severity, (e.Score & WarmingBit) != 0, e.Phone, e.MovementM, e.Tasks, e.Checkpoints, fix?.Lat, fix?.Lon);
        }
    }

    /// <summary>The evaluations and positions at or after <paramref name="since"/>, oldest first.</summary>
    public (ImmutableArray<GuardHistoryPoint> Points, ImmutableArray<GuardFix> Fixes) Since(DateTimeOffset since)
    {
        var (points, fixes) = (ImmutableArray.CreateBuilder<GuardHistoryPoint>(), ImmutableArray.CreateBuilder<GuardFix>());
        foreach (var r in Records().Where(r => r.At >= since))
        {
            points.Add(new GuardHistoryPoint(r.At, r.WarmingUp ? null : r.Score, r.WarmingUp ? null : r.Severity, r.WarmingUp, r.Phone, r.MovementM, r.Tasks, r.Checkpoints));
            if (r is { Lat: { } lat, Lon: { } lon })
            {
                fixes.Add(new GuardFix(r.At, Math.Round(lat, 6), Math.Round(lon, 6)));
            }
        }

        return (points.ToImmutable(), fixes.ToImmutable());
    }

    private Entry At(int i) => _ring![(_start + i) % _ring.Length];

    private DateTimeOffset TimeOf(Entry e) => DateTimeOffset.FromUnixTimeMilliseconds(_baseMs + e.OffsetMs);

    private static double ScoreOf(Entry e) => (double)((e.Score & ~WarmingBit) / Scale);

    private static byte Byte(int count) => (byte)Math.Clamp(count, 0, byte.MaxValue);

    private void Grow()
    {
        if (_ring is { } ring && (_count < ring.Length || ring.Length >= capacity))
        {
            return;
        }

        var grown = new Entry[Math.Min(capacity, (_ring?.Length ?? 0) + GrowBy)];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = At(i);
        }

        (_ring, _start) = (grown, 0);
    }

    // A position beyond the origin's reach moves the origin there; the positions kept so far are
    // encoded again against it (those now out of reach are dropped).
    private (short North, short East) Encode(GeoFix? fix)
    {
        if (fix is not { } f)
        {
            return (TrailOrigin.NoFix, TrailOrigin.NoFix);
        }

        if (!_origin.TryEncode(f, out var north, out var east))
        {
            var old = _origin;
            _origin.MoveTo(f);
            for (var i = 0; i < _count; i++)
            {
                ref var e = ref _ring![(_start + i) % _ring.Length];
                var (n, s) = old.Decode(e.NorthM, e.EastM) is { } kept && _origin.TryEncode(kept, out var kn, out var ke) ? (kn, ke) : (TrailOrigin.NoFix, TrailOrigin.NoFix);
                e = e with { NorthM = n, EastM = s };
            }

            _origin.TryEncode(f, out north, out east);
        }

        return (north, east);
    }

    // Moves the base to the newest time, keeping the entries still within reach of it.
    private void Rebase(long newestMs)
    {
        var kept = Records().Where(r => newestMs - r.At.ToUnixTimeMilliseconds() <= int.MaxValue).ToList();
        (_start, _count, _baseMs) = (0, 0, kept.Count > 0 ? kept[0].At.ToUnixTimeMilliseconds() : newestMs);
        foreach (var r in kept)
        {
            var fix = r is { Lat: { } lat, Lon: { } lon } ? new GeoFix(lat, lon, 0) : (GeoFix?)null;
            Add(r.At, (decimal)r.Score, r.Severity, new TrailSample(r.WarmingUp, r.Phone, r.MovementM, r.Tasks, r.Checkpoints, fix));
        }
    }

    private readonly record struct Entry(
        int OffsetMs, ushort Score, Severity Severity, byte Phone, ushort MovementM, byte Tasks, byte Checkpoints, short NorthM, short EastM);
}
