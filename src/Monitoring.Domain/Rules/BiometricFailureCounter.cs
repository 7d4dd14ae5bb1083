namespace Monitoring.Domain.Rules;

/// <summary>
/// Counts a guard's failed biometric attempts in a sliding window (the biometric_failures
/// signal). It keeps the <see cref="Capacity"/> newest failure times, sorted, which is exact for any
/// threshold up to the capacity (the validator enforces that). Failures are taken by their own
/// time: a late one counts in its own slot and can complete a burst with recent ones. A failure
/// time ahead of <c>now</c> counts at once.
/// </summary>
public sealed class BiometricFailureCounter
{
    public const int Capacity = 16;

    private readonly List<DateTimeOffset> _failures = [];

    /// <summary>The failure times kept, oldest first; also the snapshot to store.</summary>
    public IReadOnlyList<DateTimeOffset> Failures => [.. _failures];

    public static BiometricFailureCounter Restore(IEnumerable<DateTimeOffset> failures)
    {
        var counter = new BiometricFailureCounter();
        foreach (var failure in failures)
        {
            counter.Record(failure);
        }

        return counter;
    }

    /// <summary>Counts one failed attempt; false when it is older than every failure kept in a full counter.</summary>
    public bool Record(DateTimeOffset at)
    {
        if (_failures.Count == Capacity && at <= _failures[0])
        {
            return false;
        }

        var index = _failures.BinarySearch(at);
        _failures.Insert(index < 0 ? ~index : index, at);
        if (_failures.Count > Capacity)
        {
            _failures.RemoveAt(0);
        }

        return true;
    }

    /// <summary>Failures within (now - window, now], and any ahead of now.</summary>
    public int CountAt(DateTimeOffset now, TimeSpan window) => _failures.Count(f => f > now - window);

    /// <summary>When the oldest failure in the window leaves it, so the count drops; null when the window is empty.</summary>
    public DateTimeOffset? DropsAt(DateTimeOffset now, TimeSpan window)
    {
        foreach (var failure in _failures)
        {
            if (failure > now - window)
            {
                return failure + window;
            }
        }

        return null;
    }
}
