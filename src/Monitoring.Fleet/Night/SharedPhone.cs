using Monitoring.Domain.Telemetry;

namespace Monitoring.Fleet.Night;

/// <summary>
/// The second phone of a shared identity: <c>d-{i}-x</c>, used by someone else on the site (near
/// the post, shuffling about) under the guard's credentials. It sends ordinary heartbeats, fixes
/// and phone use, each naming the guard explicitly, numbered from 0 on its own.
/// </summary>
internal sealed class SharedPhone
{
    private readonly GuardPlan _plan;
    private readonly SiteLayout _site;
    private readonly Random _rng;
    private readonly PhoneBody _body;
    private double _x;
    private double _y;
    private long _seq;
    private DateTimeOffset _last;

    public SharedPhone(GuardPlan plan, SiteLayout site, Random rng, DateTimeOffset start)
    {
        _plan = plan;
        _site = site;
        _rng = rng;
        _body = new PhoneBody(rng, site.AmbientC);
        var distance = rng.Between(20, 80);
        var bearing = rng.Between(0, 2 * Math.PI);
        (_x, _y) = (site.Post.X + (distance * Math.Sin(bearing)), site.Post.Y + (distance * Math.Cos(bearing)));
        _last = start;
    }

    public NightEvent Heartbeat(DateTimeOffset at)
    {
        var signal = Math.Clamp(_site.SignalAt(_x, _y) + _rng.Between(-3, 3), -98, -62);
        _body.Advance((at - _last).TotalSeconds, signal);
        _last = at;
        return New(EventTypes.Heartbeat, at) with
        {
            Battery = Math.Round(_body.Battery),
            Charging = false,
            BatteryTempC = Math.Round(_body.TempC, 1),
            SignalDbm = Math.Round(signal),
            Network = _body.Network,
            MemoryPct = Math.Round(_body.MemoryPct, 1),
        };
    }

    public NightEvent Fix(DateTimeOffset at)
    {
        _x += _rng.Between(-8, 8);
        _y += _rng.Between(-8, 8);
        var (lat, lon, accuracy) = GpsNoise.Fix(_rng, _site.Frame, _x, _y, still: false);
        return New(EventTypes.Location, at) with { Lat = lat, Lon = lon, AccuracyM = accuracy, Steps = _rng.Next(0, 30) };
    }

    public NightEvent Phone(DateTimeOffset at) => New(EventTypes.Phone, at);

    private NightEvent New(string type, DateTimeOffset at)
    {
        var ts = GuardScript.Stamp(at);
        return new NightEvent(_plan.Index, _plan.SecondDeviceId, _seq++, ts, ts, type) { GuardId = _plan.GuardId };
    }
}
