namespace Monitoring.Fleet.Night;

/// <summary>
/// Where a guard script puts the events of its own phone: numbers them per device in time order
/// and, during a dead zone, holds them back and releases them all at its end (delivered then, each
/// still at its own time), before any later event, so the stream stays in delivery order.
/// </summary>
internal sealed class Outbox
{
    private readonly Queue<NightEvent> _ready = new();
    private readonly List<NightEvent> _held = [];
    private readonly DateTimeOffset _holdFrom;
    private readonly DateTimeOffset _holdUntil;
    private long _seq;

    public Outbox(DateTimeOffset holdFrom, DateTimeOffset holdUntil)
    {
        _holdFrom = holdFrom;
        _holdUntil = holdUntil;
    }

    public long NextSeq() => _seq++;

    /// <summary>Adds an event; <paramref name="own"/> is false for a second phone, which never enters the dead zone.</summary>
    public void Add(NightEvent e, bool own = true)
    {
        if (own && e.Ts >= _holdFrom && e.Ts < _holdUntil)
        {
            _held.Add(e with { DeliverAt = _holdUntil });
            return;
        }

        if (e.DeliverAt >= _holdUntil)
        {
            Flush();
        }

        _ready.Enqueue(e);
    }

    public void Flush()
    {
        foreach (var e in _held)
        {
            _ready.Enqueue(e);
        }

        _held.Clear();
    }

    public bool TryTake(out NightEvent e) => _ready.TryDequeue(out e!);
}
