using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Fraud;

/// <summary>
/// Plays one guard of a fraud night minute by minute: the clock-in, then a location fix and a
/// heartbeat every minute and a checkpoint scan wherever the walk reaches one, bent by the guard's
/// act while it lasts; the shift_end. Events are made first and numbered per phone in time order at
/// the end, so each attendance event's truth names its (device, seq).
/// </summary>
internal sealed partial class FraudScript
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);
    private readonly FraudGuardPlan _plan;
    private readonly SiteLayout _site;
    private readonly Random _rng;
    private readonly Patrol _patrol;
    private readonly List<(NightEvent Event, bool? Fraud)> _made = [];
    private readonly List<(DateTimeOffset At, string Id)> _arrivals = [];
    private readonly double _batteryStart;
    private readonly double _drainPerHour;
    private readonly bool _indoors;

    public FraudScript(FraudGuardPlan plan, SiteLayout site, int seed)
    {
        _plan = plan;
        _site = site;
        _rng = SeedMix.Random(seed, plan.Index, SeedMix.GuardEvents);
        _patrol = new Patrol(site, _rng);
        _batteryStart = _rng.Between(60, 100);
        _drainPerHour = _rng.Between(4, 12);
        // Some honest phones report poorly (indoors, an old GPS): the honest side is not all clean fixes.
        _indoors = _rng.NextDouble() < 0.15;
        Play();
        Number();
    }

    public List<NightEvent> Events { get; } = [];

    public List<FraudEventTruth> Truth { get; } = [];

    private bool NamesGuard(string deviceId) => deviceId != _plan.DeviceId || _plan.Behaviour == FraudBehaviour.SharedIdentity;

    private void Play()
    {
        ClockIn();
        var previous = _plan.ShiftStart;
        for (var t = _plan.ShiftStart + Tick; t < _plan.ShiftEnd; t += Tick)
        {
            if (_plan.Acting(t) || (_plan.Acting(previous) && !_plan.Acting(t) && ActEndsInside(previous, t)))
            {
                Act(previous, t);
            }
            else
            {
                Walk(previous, t);
            }

            previous = t;
        }

        Add(_plan.DeviceId, EventTypes.ShiftEnd, _plan.ShiftEnd, null, null, e => e with { GuardId = _plan.GuardId, SiteId = _plan.SiteId });
    }

    private bool ActEndsInside(DateTimeOffset from, DateTimeOffset to) => _plan.ActEnd > from && _plan.ActEnd <= to;

    private void ClockIn()
    {
        var start = _plan.ShiftStart;
        switch (_plan.Behaviour)
        {
            case FraudBehaviour.OutsideFenceClockIn:
                ClockInFrom(_plan.DeviceId, Away(_rng.Between(600, 2500)), fraud: true);
                break;
            case FraudBehaviour.SharedIdentity:
                ClockInFrom(_plan.OtherDeviceId, Near(_site.Post, 20, 60), fraud: true);
                break;
            default:
                var post = Near(_site.Post, 0, 10);
                if (_rng.NextDouble() < 0.1)
                {
                    Add(_plan.DeviceId, EventTypes.Biometric, start + _rng.Seconds(10, 30), Fix(post, still: true), false, e => e with { Success = false });
                }

                ClockInFrom(_plan.DeviceId, post, fraud: false, biometricAfter: 70);
                break;
        }
    }

    private void ClockInFrom(string deviceId, (double X, double Y) at, bool fraud, double biometricAfter = 40)
    {
        var start = _plan.ShiftStart;
        Add(deviceId, EventTypes.ShiftStart, start, Fix(at, still: true), fraud,
            e => e with { GuardId = _plan.GuardId, SiteId = _plan.SiteId, ShiftEndsAt = _plan.ShiftEnd });
        Add(deviceId, EventTypes.Biometric, start + _rng.Seconds(biometricAfter - 30, biometricAfter), Fix(at, still: true), fraud, e => e with { Success = true });
    }

    private void Walk(DateTimeOffset from, DateTimeOffset to)
    {
        _patrol.Advance(from, (to - from).TotalSeconds, 1.0, _arrivals);
        foreach (var (at, id) in _arrivals)
        {
            Add(_plan.DeviceId, EventTypes.Checkpoint, at, Fix(Checkpoint(id), still: false), false, e => e with { CheckpointId = id });
        }

        _arrivals.Clear();
        Add(_plan.DeviceId, EventTypes.Location, to, Fix((_patrol.X, _patrol.Y), still: false), null, e => e with { Steps = _rng.Next(60, 95) });
        Heartbeat(_plan.DeviceId, to);
    }

    private void Heartbeat(string deviceId, DateTimeOffset at)
    {
        var hours = (at - _plan.ShiftStart).TotalHours;
        Add(deviceId, EventTypes.Heartbeat, at + TimeSpan.FromMilliseconds(500), null, null, e => e with
        {
            Battery = Math.Round(Math.Max(1, _batteryStart - (_drainPerHour * hours))),
            SignalDbm = Math.Round(Math.Clamp(_site.SignalAt(_patrol.X, _patrol.Y) + _rng.Between(-4, 4), -110, -55)),
            Network = "4g",
        });
    }
}
