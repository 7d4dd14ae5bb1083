using Monitoring.Contracts.Scheduling;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// With the manual clock, the work that falls due at clock times (evaluations, timers) is kept
/// here, and <see cref="AdvanceAsync"/> runs it in time order while moving the clock. With the
/// system clock, reminders and timers do this job and the scheduler stays empty.
/// One instance per silo: manual time is a single-host tool for replays, demos and tests.
/// </summary>
public sealed class DueWorkScheduler(MonitoringClock clock, IGrainFactory grains)
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _advancing = new(1, 1);
    private readonly PriorityQueue<Entry, (DateTimeOffset, long)> _queue = new();
    private readonly Dictionary<(GrainId, string), long> _current = [];
    private long _order;

    public bool IsActive => clock.IsManual;

    /// <summary>Puts (or moves) a grain's job at <paramref name="dueAt"/>.</summary>
    public void Schedule(GrainId grain, string job, DateTimeOffset dueAt)
    {
        if (!IsActive)
        {
            return;
        }

        lock (_gate)
        {
            var order = ++_order;
            _current[(grain, job)] = order;
            _queue.Enqueue(new Entry(grain, job, dueAt, order), (dueAt, order));
        }
    }

    public void Cancel(GrainId grain, string job)
    {
        lock (_gate)
        {
            _current.Remove((grain, job));
        }
    }

    /// <summary>Runs everything due up to <paramref name="target"/>, in time order, then sets the clock to it.</summary>
    public async Task<int> AdvanceAsync(DateTimeOffset target, CancellationToken cancellationToken = default)
    {
        await _advancing.WaitAsync(cancellationToken);
        try
        {
            var ran = 0;
            while (TryTakeDue(target, out var entry))
            {
                if (entry.DueAt > clock.GetUtcNow())
                {
                    clock.Set(entry.DueAt);
                }

                await grains.GetGrain<IClockDrivenGrain>(entry.Grain).OnDueAsync(entry.Job, entry.DueAt);
                ran++;
            }

            clock.Set(target);
            return ran;
        }
        finally
        {
            _advancing.Release();
        }
    }

    private bool TryTakeDue(DateTimeOffset target, out Entry entry)
    {
        lock (_gate)
        {
            while (_queue.TryPeek(out entry!, out var priority) && priority.Item1 <= target)
            {
                _queue.Dequeue();
                if (_current.TryGetValue((entry.Grain, entry.Job), out var order) && order == entry.Order)
                {
                    _current.Remove((entry.Grain, entry.Job));
                    return true;
                }
            }

            entry = default!;
            return false;
        }
    }

    private sealed record Entry(GrainId Grain, string Job, DateTimeOffset DueAt, long Order);
}
