using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Fraud;

/// <summary>The acts of the fraud behaviours, one minute (from, to] at a time.</summary>
internal sealed partial class FraudScript
{
    private (double X, double Y) _home;
    private MockRoute? _route;
    private double _mockAccuracy;
    private int _teleportNext;
    private DateTimeOffset _nextScan;
    private bool _begun;

    private void Act(DateTimeOffset from, DateTimeOffset to)
    {
        if (!_begun)
        {
            Begin();
        }

        var fraudTo = to < _plan.ActEnd ? to : _plan.ActEnd;
        switch (_plan.Behaviour)
        {
            case FraudBehaviour.SharedIdentity:
                // The colleague's phone holds the guard's shift; the guard's own phone is not there yet.
                Add(_plan.OtherDeviceId, EventTypes.Location, to, Fix(_home, still: true), null, e => e with { Steps = 0 });
                return;
            case FraudBehaviour.OutsideFenceClockIn:
                var f = Math.Clamp((to - _plan.ActStart) / (_plan.ActEnd - _plan.ActStart), 0, 1);
                var (x, y) = (_home.X + ((_site.Post.X - _home.X) * f), _home.Y + ((_site.Post.Y - _home.Y) * f));
                Add(_plan.DeviceId, EventTypes.Location, to, Fix((x, y), still: false), null, e => e with { Steps = 0 });
                break;
            case FraudBehaviour.Teleport:
                while (_nextScan > from && _nextScan <= fraudTo)
                {
                    var cp = _teleportNext++ % _site.Checkpoints.Count;
                    Add(_plan.DeviceId, EventTypes.Checkpoint, _nextScan, Fix(_site.Checkpoints[cp], still: false), true,
                        e => e with { CheckpointId = _site.CheckpointIds[cp] });
                    _nextScan += _rng.Seconds(360, 540);
                }

                Add(_plan.DeviceId, EventTypes.Location, to, Fix(_home, still: true), null, e => e with { Steps = 0 });
                break;
            case FraudBehaviour.TooSmooth or FraudBehaviour.PreciseFix:
                Replay(from, fraudTo, to);
                break;
            case FraudBehaviour.CheckpointsWithoutWalking or FraudBehaviour.BiometricOtherPhone:
                Add(_plan.DeviceId, EventTypes.Location, to, Fix((_patrol.X, _patrol.Y), still: true), null, e => e with { Steps = 0 });
                break;
        }

        Heartbeat(_plan.DeviceId, to);
    }

    private void Begin()
    {
        _begun = true;
        var start = _plan.ActStart;
        switch (_plan.Behaviour)
        {
            case FraudBehaviour.SharedIdentity:
                _home = Near(_site.Post, 20, 60);
                break;
            case FraudBehaviour.OutsideFenceClockIn:
                _home = LastAway;
                break;
            case FraudBehaviour.Teleport:
                _home = Away(_rng.Between(3000, 8000));
                _teleportNext = _rng.Next(_site.Checkpoints.Count);
                _nextScan = start + _rng.Seconds(90, 240);
                break;
            case FraudBehaviour.TooSmooth:
                _route = new MockRoute(_site, _rng.Next(_site.Checkpoints.Count), 1.25);
                _mockAccuracy = 4.0;
                break;
            case FraudBehaviour.PreciseFix:
                _route = new MockRoute(_site, _rng.Next(_site.Checkpoints.Count), _rng.Between(1.0, 1.3));
                _mockAccuracy = -1;
                break;
            case FraudBehaviour.CheckpointsWithoutWalking:
                var first = _rng.Next(_site.Checkpoints.Count);
                var at = start;
                var scans = _rng.Next(3, 6);
                for (var n = 0; n < scans; n++)
                {
                    var cp = (first + n) % _site.Checkpoints.Count;
                    at += _rng.Seconds(20, 60);
                    Add(_plan.DeviceId, EventTypes.Checkpoint, at, Fix((_patrol.X, _patrol.Y), still: true), true,
                        e => e with { CheckpointId = _site.CheckpointIds[cp] });
                }

                break;
            case FraudBehaviour.BiometricOtherPhone:
                var when = start;
                var failures = _rng.Next(2, 4);
                for (var n = 0; n < failures; n++)
                {
                    when += _rng.Seconds(20, 60);
                    Add(_plan.DeviceId, EventTypes.Biometric, when, Fix((_patrol.X, _patrol.Y), still: true), true, e => e with { Success = false });
                }

                var other = Near(_site.Post, 30, 120);
                when += _rng.Seconds(120, 300);
                Add(_plan.OtherDeviceId, EventTypes.Location, when - _rng.Seconds(5, 20), Fix(other, still: true), null, e => e with { Steps = 0 });
                Add(_plan.OtherDeviceId, EventTypes.Biometric, when, Fix(other, still: true), true, e => e with { Success = true });
                break;
        }
    }

    private void Replay(DateTimeOffset from, DateTimeOffset fraudTo, DateTimeOffset to)
    {
        var route = _route!;
        var since = (from - _plan.ActStart).TotalSeconds;
        foreach (var (seconds, cp) in route.Arrivals((fraudTo - _plan.ActStart).TotalSeconds))
        {
            if (seconds > since)
            {
                Add(_plan.DeviceId, EventTypes.Checkpoint, _plan.ActStart + TimeSpan.FromSeconds(Math.Round(seconds, 3)),
                    Mock(_site.Checkpoints[cp]), true, e => e with { CheckpointId = _site.CheckpointIds[cp] });
            }
        }

        var (x, y, _) = route.At((to - _plan.ActStart).TotalSeconds);
        Add(_plan.DeviceId, EventTypes.Location, to, Mock((x, y)), null, e => e with { Steps = 0 });
    }

    // A mocked fix: exactly where the app says, at its fixed accuracy (too smooth) or under 1.5 m (too precise).
    private (double Lat, double Lon, double AccuracyM) Mock((double X, double Y) at)
    {
        var accuracy = _mockAccuracy > 0 ? _mockAccuracy : Math.Round(_rng.Between(0.3, 1.2), 1);
        var jitter = _mockAccuracy > 0 ? 0 : 0.3;
        var (lat, lon) = _site.Frame.ToLatLon(at.X + _rng.Between(-jitter, jitter), at.Y + _rng.Between(-jitter, jitter));
        return (Math.Round(lat, 7), Math.Round(lon, 7), accuracy);
    }
}
