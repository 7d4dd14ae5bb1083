using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Scheduling;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// With the manual clock, the work that falls due at clock times (evaluations, escalations,
/// wake-ups) is kept here, and <see cref="AdvanceAsync"/> runs it in time order while moving the
/// clock. With the system clock and reminders on (PostgreSQL), the reminders drive the durable
/// work (evaluations, escalations), and only wake-ups (<see cref="WakeUp"/>) are kept here; with
/// them off (the embedded default, <see cref="ReminderPolicy"/>), evaluations and escalations are
/// kept here too. This silo's loop calls each grain when its work falls due. One instance per
/// silo: manual time is a single-host tool for replays, demos and tests.
/// </summary>
/// <remarks>
/// Wake-ups live in one queue per silo rather than a grain timer each: a timer holds memory in its grain
/// for as long as the grain lives, and every phone keeps an offline wake-up. Like a timer,
/// a wake-up dies with its silo; with reminders on, the guard's reminder is the backstop.
/// </remarks>
public sealed partial class DueWorkScheduler(
    MonitoringClock clock, IGrainFactory grains, ILogger<DueWorkScheduler> logger, ReminderPolicy? reminders = null) : BackgroundService
{
    /// <summary>How often the system-clock loop looks for due wake-ups.</summary>
    public static readonly TimeSpan WakeUpResolution = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a job whose grain call failed waits before it is tried again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly bool _reminders = reminders?.Enabled ?? false;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _advancing = new(1, 1);
    private readonly PriorityQueue<(GrainId Grain, string Job), (DateTimeOffset DueAt, long Order)> _queue = new();
    private readonly Dictionary<(GrainId, string), long> _current = [];
    private long _order;

    /// <summary>Whether <see cref="Schedule"/> keeps jobs: on the manual clock, or when no reminders drive them.</summary>
    public bool IsActive => clock.IsManual || !_reminders;

    /// <summary>Whether reminders drive the periodic work (<see cref="ReminderPolicy"/>, <see cref="PeriodicWork"/>).</summary>
    public bool UsesReminders => _reminders;

    /// <summary>Puts (or moves) a grain's job at <paramref name="dueAt"/> (kept only while <see cref="IsActive"/>).</summary>
    public void Schedule(GrainId grain, string job, DateTimeOffset dueAt)
    {
        if (IsActive)
        {
            Put(grain, job, dueAt);
        }
    }

    /// <summary>
    /// Puts (or moves) a grain's wake-up at <paramref name="dueAt"/>, on either clock. On the system
    /// clock it is called with <see cref="IClockDrivenGrain.OnDueAsync"/> once due, within
    /// <see cref="WakeUpResolution"/>.
    /// </summary>
    public void WakeUp(GrainId grain, string job, DateTimeOffset dueAt) => Put(grain, job, dueAt);

    public void Cancel(GrainId grain, string job)
    {
        lock (_gate)
        {
            _current.Remove((grain, job));
        }
    }

    /// <summary>
    /// Runs everything due up to <paramref name="target"/>, in time order, then sets the clock to it.
    /// Cancelled, it stops between two jobs and throws: the clock stands at the last job that ran,
    /// and the jobs not yet run stay queued.
    /// </summary>
    public async Task<int> AdvanceAsync(DateTimeOffset target, CancellationToken cancellationToken = default)
    {
        await _advancing.WaitAsync(cancellationToken);
        try
        {
            var ran = 0;
            while (!cancellationToken.IsCancellationRequested && TryTakeDue(target, out var entry))
            {
                if (entry.DueAt > clock.GetUtcNow())
                {
                    clock.Set(entry.DueAt);
                }

                await grains.GetGrain<IClockDrivenGrain>(entry.Grain).OnDueAsync(entry.Job, entry.DueAt);
                ran++;
            }

            cancellationToken.ThrowIfCancellationRequested();
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
        if (clock.IsManual)
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

    // A job's grain runs on its own; one slow or failed grain holds up no other. A failed call is
    // tried again later unless the grain has set the job anew meanwhile: with no reminder behind it,
    // an evaluation dropped here would never run again.
    private async Task WakeAsync(Entry entry)
    {
        try
        {
            await grains.GetGrain<IClockDrivenGrain>(entry.Grain).OnDueAsync(entry.Job, entry.DueAt);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogWakeUpFailed(logger, entry.Job, entry.Grain, e);
            Put(entry.Grain, entry.Job, clock.GetUtcNow() + RetryAfter, onlyIfUnset: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} of {Grain} failed; it is tried again in 30 s unless the grain sets it anew.")]
    private static partial void LogWakeUpFailed(ILogger logger, string job, GrainId grain, Exception exception);

    private void Put(GrainId grain, string job, DateTimeOffset dueAt, bool onlyIfUnset = false)
    {
        lock (_gate)
        {
            if (onlyIfUnset && _current.ContainsKey((grain, job)))
            {
                return;
            }

            var order = ++_order;
            _current[(grain, job)] = order;
            _queue.Enqueue((grain, job), (dueAt, order));
        }
    }

    private bool TryTakeDue(DateTimeOffset target, out Entry entry)
    {
        lock (_gate)
        {
            while (_queue.TryPeek(out var job, out var priority) && priority.DueAt <= target)
            {
                _queue.Dequeue();
                if (_current.TryGetValue(job, out var order) && order == priority.Order)
                {
                    _current.Remove(job);
                    entry = new Entry(job.Grain, job.Job, priority.DueAt);
                    return true;
                }
            }

            entry = default;
            return false;
        }
    }

    // Queue slots are value tuples, not objects: every phone and on-shift guard has one or two.
    private readonly record struct Entry(GrainId Grain, string Job, DateTimeOffset DueAt);
}
