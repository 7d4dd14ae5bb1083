namespace Monitoring.Server.Feed;

/// <summary>
/// Cancellation tokens that fire about <see cref="Timeout"/> after the relay's sends that carry them:
/// one source per slice of time (a quarter of the timeout, at most a second), not one per send. Used
/// by the relay's loop alone.
/// </summary>
internal sealed class SendDeadlines(TimeSpan timeout) : IDisposable
{
    private readonly long _timeoutMs = (long)timeout.TotalMilliseconds;
    private readonly long _sliceMs = Math.Max(1, Math.Min(1_000, (long)timeout.TotalMilliseconds / 4));
    private readonly Queue<(long IssuedAt, CancellationTokenSource Source)> _older = new();
    private CancellationTokenSource? _current;
    private long _currentAt;

    public TimeSpan Timeout => timeout;

    /// <summary>A token cancelled between <see cref="Timeout"/> less a slice and <see cref="Timeout"/> from now.</summary>
    public CancellationToken Next()
    {
        var now = Environment.TickCount64;
        if (_current is null || now - _currentAt >= _sliceMs)
        {
            if (_current is not null)
            {
                _older.Enqueue((_currentAt, _current));
            }

            _current = new CancellationTokenSource(timeout);
            _currentAt = now;
        }

        // A source is disposed a slice after it fired: the sends it covered have given up or completed.
        while (_older.TryPeek(out var oldest) && now - oldest.IssuedAt > _timeoutMs + _sliceMs)
        {
            _older.Dequeue().Source.Dispose();
        }

        return _current.Token;
    }

    public void Dispose()
    {
        while (_older.TryDequeue(out var issued))
        {
            issued.Source.Dispose();
        }

        _current?.Dispose();
    }
}
