using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Fraud;

/// <summary>Making, placing and numbering the events of a fraud night's guard.</summary>
internal sealed partial class FraudScript
{
    private (double X, double Y) LastAway { get; set; }

    /// <summary>
    /// Records an event at <paramref name="at"/> (cut to milliseconds): with a fix when given, naming the
    /// guard when the phone is not the one that clocked in; <paramref name="fraud"/> is the truth of an
    /// attendance event (null for the rest).
    /// </summary>
    private void Add(string deviceId, string type, DateTimeOffset at, (double Lat, double Lon, double AccuracyM)? fix, bool? fraud,
        Func<NightEvent, NightEvent>? shape = null)
    {
        var ts = GuardScript.Stamp(at);
        var e = new NightEvent(_plan.Index, deviceId, 0, ts, ts, type)
        {
            GuardId = NamesGuard(deviceId) ? _plan.GuardId : null,
            Lat = fix?.Lat,
            Lon = fix?.Lon,
            AccuracyM = fix?.AccuracyM,
        };
        _made.Add((shape is null ? e : shape(e), fraud));
    }

    private (double Lat, double Lon, double AccuracyM) Fix((double X, double Y) at, bool still)
    {
        var (lat, lon, accuracy) = GpsNoise.Fix(_rng, _site.Frame, at.X, at.Y, still);
        return _indoors && _plan.Behaviour == FraudBehaviour.Honest ? (lat, lon, Math.Round(_rng.Between(25, 60), 1)) : (lat, lon, accuracy);
    }

    private (double X, double Y) Checkpoint(string id)
    {
        for (var k = 0; k < _site.CheckpointIds.Count; k++)
        {
            if (_site.CheckpointIds[k] == id)
            {
                return _site.Checkpoints[k];
            }
        }

        return (_patrol.X, _patrol.Y);
    }

    /// <summary>A spot <paramref name="beyondM"/> metres past the geofence, in a random direction.</summary>
    private (double X, double Y) Away(double beyondM)
    {
        var distance = _site.Site.GeofenceRadiusM + beyondM;
        var bearing = _rng.Between(0, 2 * Math.PI);
        LastAway = (distance * Math.Sin(bearing), distance * Math.Cos(bearing));
        return LastAway;
    }

    private (double X, double Y) Near((double X, double Y) spot, double minM, double maxM)
    {
        var distance = _rng.Between(minM, maxM);
        var bearing = _rng.Between(0, 2 * Math.PI);
        return (spot.X + (distance * Math.Sin(bearing)), spot.Y + (distance * Math.Cos(bearing)));
    }

    private void Number()
    {
        var seqs = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (made, fraud) in _made.OrderBy(m => m.Event.Ts))
        {
            var seq = seqs.GetValueOrDefault(made.DeviceId);
            seqs[made.DeviceId] = seq + 1;
            var e = made with { Seq = seq };
            Events.Add(e);
            if (fraud is { } isFraud)
            {
                Truth.Add(new FraudEventTruth(e.DeviceId, seq, _plan.GuardId, e.Type, _plan.Behaviour, isFraud));
            }
        }
    }
}
