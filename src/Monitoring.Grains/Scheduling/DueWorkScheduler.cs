using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Scheduling;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// With the manual clock, the work that falls due at clock times (evaluations, escalations,
/// wake-ups) is kept here, and <see cref="AdvanceAsync"/> runs it in time order while moving the
/// clock. With the system clock, reminders drive the durable work (evaluations, escalations), and
/// only wake-ups (<see cref="WakeUp"/>) are kept here: this silo's loop calls each grain when its
/// wake-up falls due. One instance per silo: manual time is a single-host tool for replays, demos
/// and tests.
/// </summary>
/// <remarks>
/// Wake-ups live in one queue per silo rather than a grain timer each: a timer costs its grain about
/// 600 bytes for as long as the grain lives, and every phone keeps an offline wake-up. Like a timer,
/// a wake-up dies with its silo; the guard's reminder is the durable backstop.
/// </remarks>
public sealed partial class DueWorkScheduler(MonitoringClock clock, IGrainFactory grains, ILogger<DueWorkScheduler> logger) : BackgroundService
{
    /// <summary>How often the system-clock loop looks for due wake-ups.</summary>
    public static readonly TimeSpan WakeUpResolution = TimeSpan.FromMilliseconds(250);

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

    /// <summary>
    /// Puts (or moves) a grain's wake-up at <paramref name="dueAt"/>, on either clock. On the system
    /// clock it is called with <see cref="IClockDrivenGrain.OnDueAsync"/> once due, within
    /// <see cref="WakeUpResolution"/>.
    /// </summary>
    public void WakeUp(GrainId grain, string job, DateTimeOffset dueAt)
    {
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (IsActive)
        {
            return;
        }

        using var timer = new PeriodicTimer(WakeUpResolution);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = clock.GetUtcNow();
                while (TryTakeDue(now, out var entry))
                {
                    _ = WakeAsync(entry);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // A wake-up's grain runs on its own; one slow or failed grain holds up no other.
    private async Task WakeAsync(Entry entry)
    {
        try
        {
            await grains.GetGrain<IClockDrivenGrain>(entry.Grain).OnDueAsync(entry.Job, entry.DueAt);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogWakeUpFailed(logger, entry.Job, entry.Grain, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wake-up {Job} of {Grain} failed; the grain's next event or evaluation sets it again.")]
    private static partial void LogWakeUpFailed(ILogger logger, string job, GrainId grain, Exception exception);

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
