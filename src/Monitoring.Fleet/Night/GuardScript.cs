using Monitoring.Domain.Telemetry;

namespace Monitoring.Fleet.Night;

/// <summary>
/// Plays one guard's shift as a lazy stream of events in delivery order. A small event loop picks
/// the source due next (a scripted cue, the 30 s heartbeat, a GPS fix, phone use, a task, or the
/// second phone of a shared identity), walks the patrol forward to that moment (checkpoints reached
/// on the way are scanned), fires the source and hands over what the outbox lets through. The
/// guard's behaviour bends the loop: still and quiet while asleep, on a break or with the phone
/// left behind; still but busy on a standing post; slow on a slow patrol; far away off site.
/// </summary>
internal sealed partial class GuardScript
{
    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(30);
    private readonly GuardPlan _plan;
    private readonly SiteLayout _site;
    private readonly Random _rng;
    private readonly Patrol _patrol;
    private readonly PhoneBody _body;
    private readonly Outbox _out;
    private readonly List<(DateTimeOffset At, Cue Cue)> _cues;
    private readonly DateTimeOffset[] _due = new DateTimeOffset[Enum.GetValues<Source>().Length];
    private readonly List<(DateTimeOffset At, string Id)> _arrivals = [];
    private int _cue;
    private int _slowArrivals;
    private bool _done;

    public GuardScript(GuardPlan plan, SiteLayout site, int seed)
    {
        _plan = plan;
        _site = site;
        _rng = SeedMix.Random(seed, plan.Index, SeedMix.GuardEvents);
        _patrol = new Patrol(site, _rng);
        _body = new PhoneBody(_rng, site.AmbientC);
        _cues = GuardCues.For(plan, _rng);
        _strideM = _rng.Between(0.68, 0.8);
        var deadZone = plan.Behaviour is { Kind: FaultKind.DeadZone } b ? b : null;
        _out = new Outbox(deadZone?.StartsAt ?? DateTimeOffset.MaxValue, deadZone?.EndsAt ?? DateTimeOffset.MaxValue);
        Array.Fill(_due, DateTimeOffset.MaxValue);
        var start = plan.ShiftStart;
        _due[(int)Source.Heartbeat] = start + _rng.Seconds(1, 29);
        _due[(int)Source.Fix] = start + _rng.Seconds(2, 60);
        _due[(int)Source.Phone] = start + _rng.Minutes(1, 8);
        _due[(int)Source.Task] = start + _rng.Minutes(5, 20);
        _lastBody = start;
    }

    /// <summary>A time cut to whole milliseconds, as phones report it.</summary>
    public static DateTimeOffset Stamp(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public IEnumerable<NightEvent> Events()
    {
        var now = _plan.ShiftStart;
        Emit(New(EventTypes.ShiftStart, now) with { GuardId = _plan.GuardId, SiteId = _plan.SiteId, ShiftEndsAt = _plan.ShiftEndsAt });
        while (!_done)
        {
            var (source, at) = Next();
            Walk(now, at);
            now = at;
            Fire(source, at);
            while (_out.TryTake(out var e))
            {
                yield return e;
            }
        }

        _out.Flush();
        while (_out.TryTake(out var held))
        {
            yield return held;
        }
    }

    private (Source Source, DateTimeOffset At) Next()
    {
        var best = (Source: Source.Cue, At: _cue < _cues.Count ? _cues[_cue].At : DateTimeOffset.MaxValue);
        for (var s = 1; s < _due.Length; s++)
        {
            if (_due[s] < best.At)
            {
                best = ((Source)s, _due[s]);
            }
        }

        return best;
    }

    private void Walk(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || Still(from) || _plan.During(FaultKind.LeftSite, from))
        {
            return;
        }

        var slow = _plan.During(FaultKind.SlowPatrol, from);
        _patrol.Advance(from, (to - from).TotalSeconds, slow ? 0.5 : 1.0, _arrivals);
        foreach (var (at, id) in _arrivals)
        {
            if (!slow || ++_slowArrivals % 2 == 1)
            {
                Emit(New(EventTypes.Checkpoint, at) with { CheckpointId = id });
            }
        }

        _arrivals.Clear();
    }

    private void Fire(Source source, DateTimeOffset at)
    {
        var standing = _plan.During(FaultKind.StandingPost, at);
        switch (source)
        {
            case Source.Cue:
                OnCue(_cues[_cue++].Cue, at);
                break;
            case Source.Heartbeat:
                Emit(Heartbeat(at));
                _due[(int)source] = at + HeartbeatEvery;
                break;
            case Source.Fix:
                Emit(Fix(at));
                _due[(int)source] = at + (Still(at) ? _rng.Seconds(150, 300) : _rng.Seconds(55, 65));
                break;
            case Source.Phone:
                Emit(Quiet(at) ? null : New(EventTypes.Phone, at));
                _due[(int)source] = at + (standing ? _rng.Minutes(4, 9) : _rng.Minutes(6, 16));
                break;
            case Source.Task:
                var busy = !Quiet(at) && !_plan.During(FaultKind.LeftSite, at);
                Emit(busy ? New(EventTypes.Task, at) with { TaskId = _site.TaskIds[_rng.Next(_site.TaskIds.Count)] } : null);
                _due[(int)source] = at + (standing ? _rng.Minutes(8, 15) : _rng.Minutes(15, 28));
                break;
            case Source.SecondHeartbeat:
                _out.Add(_second!.Heartbeat(at), own: false);
                _due[(int)source] = at + HeartbeatEvery;
                break;
            case Source.SecondFix:
                _out.Add(_second!.Fix(at), own: false);
                _due[(int)source] = at + _rng.Seconds(55, 65);
                break;
            case Source.SecondPhone:
                _out.Add(_second!.Phone(at), own: false);
                _due[(int)source] = at + _rng.Minutes(3, 8);
                break;
        }
    }

    private bool Quiet(DateTimeOffset at) =>
        _plan.During(FaultKind.Asleep, at) || _plan.During(FaultKind.PhoneLeftBehind, at) || _plan.During(FaultKind.DeclaredBreak, at);

    private bool Still(DateTimeOffset at) => Quiet(at) || _plan.During(FaultKind.StandingPost, at);

    private NightEvent New(string type, DateTimeOffset at)
    {
        var ts = Stamp(at);
        return new NightEvent(_plan.Index, _plan.DeviceId, _out.NextSeq(), ts, ts, type);
    }

    private void Emit(NightEvent? e)
    {
        if (e is not null)
        {
            _out.Add(e);
        }
    }
}
