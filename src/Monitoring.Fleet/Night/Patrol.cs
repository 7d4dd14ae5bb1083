namespace Monitoring.Fleet.Night;

/// <summary>
/// A guard walking the site's tour: from the post to each checkpoint in turn (from a starting
/// checkpoint, in one direction), a short stop at each one (now and then a longer one), back to
/// the post for a rest, and round again. Positions are metres in the site's frame; the walk only
/// moves when advanced, so a behaviour that keeps the guard still simply stops advancing it.
/// </summary>
internal sealed class Patrol
{
    private readonly SiteLayout _site;
    private readonly Random _rng;
    private readonly double _speed;
    private readonly int _first;
    private readonly int _direction;
    private int _leg;
    private (double X, double Y) _target;
    private string? _targetId;
    private double _standS;

    public Patrol(SiteLayout site, Random rng)
    {
        _site = site;
        _rng = rng;
        _speed = rng.Between(1.0, 1.4);
        _first = rng.Next(site.Checkpoints.Count);
        _direction = rng.Next(2) == 0 ? 1 : -1;
        (X, Y) = site.Post;
        _leg = site.Checkpoints.Count;
        _standS = rng.Between(60, 300);
        NextTarget();
    }

    public double X { get; private set; }

    public double Y { get; private set; }

    /// <summary>Metres walked so far.</summary>
    public double Odometer { get; private set; }

    /// <summary>
    /// Walks <paramref name="seconds"/> from <paramref name="from"/> at the guard's speed times
    /// <paramref name="speedFactor"/>, adding each checkpoint reached, with its time, to <paramref name="arrivals"/>.
    /// </summary>
    public void Advance(DateTimeOffset from, double seconds, double speedFactor, List<(DateTimeOffset At, string Id)> arrivals)
    {
        var t = 0.0;
        var speed = _speed * speedFactor;
        while (t < seconds)
        {
            if (_standS > 0)
            {
                var wait = Math.Min(_standS, seconds - t);
                _standS -= wait;
                t += wait;
                continue;
            }

            var dx = _target.X - X;
            var dy = _target.Y - Y;
            var distance = Math.Sqrt((dx * dx) + (dy * dy));
            var left = seconds - t;
            if (distance > speed * left)
            {
                var f = speed * left / distance;
                X += dx * f;
                Y += dy * f;
                Odometer += speed * left;
                t = seconds;
            }
            else
            {
                (X, Y) = _target;
                Odometer += distance;
                t += distance / speed;
                Arrive(from.AddSeconds(t), arrivals);
            }
        }
    }

    private void Arrive(DateTimeOffset at, List<(DateTimeOffset At, string Id)> arrivals)
    {
        if (_targetId is { } id)
        {
            arrivals.Add((at, id));
            _standS = _rng.Between(20, 90) + (_rng.NextDouble() < 0.15 ? _rng.Between(60, 180) : 0);
        }
        else
        {
            _standS = _rng.Between(180, 480);
        }

        NextTarget();
    }

    private void NextTarget()
    {
        var count = _site.Checkpoints.Count;
        _leg = _leg >= count ? 0 : _leg + 1;
        if (_leg == count)
        {
            (_target, _targetId) = (_site.Post, null);
            return;
        }

        var k = (((_first + (_direction * _leg)) % count) + count) % count;
        (_target, _targetId) = (_site.Checkpoints[k], _site.CheckpointIds[k]);
    }
}
