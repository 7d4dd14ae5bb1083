using Monitoring.Domain.Telemetry;

namespace Monitoring.Fleet.Night;

/// <summary>The scripted cues and the readings of a guard's phone, bent by the guard's behaviour.</summary>
internal sealed partial class GuardScript
{
    private readonly double _strideM;
    private DateTimeOffset _lastBody;
    private double _odometerAtFix;
    private double _dyingFrom;
    private double _leakFrom;
    private double _leakPeak;
    private DateTimeOffset _leakTop;
    private (double X, double Y) _away;
    private SharedPhone? _second;

    private void OnCue(Cue cue, DateTimeOffset at)
    {
        switch (cue)
        {
            case Cue.Biometric or Cue.BiometricFailure:
                Emit(New(EventTypes.Biometric, at) with { Success = cue == Cue.Biometric });
                break;
            case Cue.BreakStart:
                Emit(New(EventTypes.BreakStart, at));
                break;
            case Cue.BreakEnd:
                Emit(New(EventTypes.BreakEnd, at));
                break;
            case Cue.FaultStart:
                Begin(_plan.Behaviour!, at);
                break;
            case Cue.FaultEnd:
                End(_plan.Behaviour!, at);
                break;
            case Cue.BatteryDead:
                Emit(Heartbeat(at));
                _done = true;
                break;
            case Cue.SwitchOff:
                _done = true;
                break;
            case Cue.ShiftEnd:
                Emit(New(EventTypes.ShiftEnd, at) with { GuardId = _plan.GuardId, SiteId = _plan.SiteId });
                _done = true;
                break;
        }
    }

    private void Begin(FaultTruth behaviour, DateTimeOffset at)
    {
        AdvanceBody(at, _site.SignalAt(_patrol.X, _patrol.Y));
        switch (behaviour.Kind)
        {
            case FaultKind.BatteryDying:
                _dyingFrom = _body.Battery;
                break;
            case FaultKind.MemoryLeak:
                (_leakFrom, _leakPeak) = (_body.MemoryPct, _rng.Between(93, 96));
                _leakTop = behaviour.EndsAt - _rng.Minutes(32, 38);
                break;
            case FaultKind.LeftSite:
                var distance = _site.Site.GeofenceRadiusM + _rng.Between(500, 2000);
                var bearing = _rng.Between(0, 2 * Math.PI);
                _away = (distance * Math.Sin(bearing), distance * Math.Cos(bearing));
                break;
            case FaultKind.SharedIdentity:
                _second = new SharedPhone(_plan, _site, _rng, at);
                _due[(int)Source.SecondHeartbeat] = at + _rng.Seconds(0, 5);
                _due[(int)Source.SecondFix] = at + _rng.Seconds(5, 30);
                _due[(int)Source.SecondPhone] = at + _rng.Minutes(0.5, 3);
                break;
            case FaultKind.StandingPost:
                _due[(int)Source.Phone] = at + _rng.Minutes(1, 4);
                _due[(int)Source.Task] = at + _rng.Minutes(3, 8);
                break;
        }
    }

    private void End(FaultTruth behaviour, DateTimeOffset at)
    {
        switch (behaviour.Kind)
        {
            case FaultKind.MemoryLeak:
                _body.ResetMemory();
                break;
            case FaultKind.SharedIdentity:
                _second = null;
                _due[(int)Source.SecondHeartbeat] = _due[(int)Source.SecondFix] = _due[(int)Source.SecondPhone] = DateTimeOffset.MaxValue;
                break;
            case FaultKind.Asleep or FaultKind.PhoneLeftBehind:
                var wake = at + _rng.Minutes(1, 5);
                _due[(int)Source.Phone] = wake < _due[(int)Source.Phone] ? wake : _due[(int)Source.Phone];
                break;
        }
    }

    private NightEvent Heartbeat(DateTimeOffset at)
    {
        var (x, y) = _plan.During(FaultKind.LeftSite, at) ? _away : (_patrol.X, _patrol.Y);
        var signal = _plan.During(FaultKind.DeadZone, at)
            ? _rng.Between(-118, -106)
            : Math.Clamp(_site.SignalAt(x, y) + _rng.Between(-3, 3), -98, -62);
        AdvanceBody(at, signal);
        var battery = _plan.Behaviour is { Kind: FaultKind.BatteryDying } b && at >= b.StartsAt
            ? _dyingFrom * Math.Max(0, (b.EndsAt - at) / (b.EndsAt - b.StartsAt))
            : _body.Battery;
        var memory = _plan.During(FaultKind.MemoryLeak, at) ? Leak(_plan.Behaviour!, at) : _body.MemoryPct;
        return New(EventTypes.Heartbeat, at) with
        {
            Battery = Math.Round(battery),
            Charging = false,
            BatteryTempC = Math.Round(_body.TempC, 1),
            SignalDbm = Math.Round(signal),
            Network = _body.Network,
            MemoryPct = Math.Round(memory, 1),
        };
    }

    private NightEvent Fix(DateTimeOffset at)
    {
        var still = Still(at);
        var away = _plan.During(FaultKind.LeftSite, at);
        var (x, y) = away ? (_away.X + _rng.Between(-50, 50), _away.Y + _rng.Between(-50, 50)) : (_patrol.X, _patrol.Y);
        var (lat, lon, accuracy) = GpsNoise.Fix(_rng, _site.Frame, x, y, still);
        var walked = _patrol.Odometer - _odometerAtFix;
        _odometerAtFix = _patrol.Odometer;
        var steps = away ? _rng.Next(20, 90) : still ? 0 : (int)Math.Round(walked / _strideM);
        return New(EventTypes.Location, at) with { Lat = lat, Lon = lon, AccuracyM = accuracy, Steps = steps };
    }

    private void AdvanceBody(DateTimeOffset at, double signalDbm)
    {
        _body.Advance((at - _lastBody).TotalSeconds, signalDbm);
        _lastBody = at;
    }

    /// <summary>Memory climbs from where it was to a peak of 93-96 %, then stays above 91 % until the app restarts.</summary>
    private double Leak(FaultTruth behaviour, DateTimeOffset at)
    {
        if (at < _leakTop)
        {
            var f = (at - behaviour.StartsAt) / (_leakTop - behaviour.StartsAt);
            return Math.Clamp(_leakFrom + ((_leakPeak - _leakFrom) * f) + (0.3 * _rng.Gaussian()), 0, 99);
        }

        return Math.Clamp(_leakPeak + (0.6 * _rng.Gaussian()), 91, 99);
    }
}
