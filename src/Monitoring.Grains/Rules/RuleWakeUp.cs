using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Rules;

/// <summary>
/// Wakes a grain when one of its rules falls due: a one-shot grain timer on the real clock, the
/// scheduler's job on the manual clock. A wake-up already set for earlier stays (it re-evaluates and
/// re-arms), so a grain receiving events does not re-create its timer per batch.
/// </summary>
internal sealed class RuleWakeUp(Grain grain, string job, MonitoringClock clock, DueWorkScheduler scheduler, Func<Task> evaluate)
{
    private IGrainTimer? _timer;
    private DateTimeOffset? _dueAt;

    /// <summary>Called when the wake-up fires (the timer or the scheduler's job).</summary>
    public Task FireAsync()
    {
        _dueAt = null;
        return evaluate();
    }

    public void Arm(DateTimeOffset? next, DateTimeOffset now)
    {
        if (next is not { } due || (_dueAt is { } armed && armed > now && armed <= due))
        {
            return;
        }

        _dueAt = due;
        scheduler.Schedule(grain.GetGrainId(), job, due);
        if (!clock.IsManual)
        {
            _timer?.Dispose();
            var wait = due > now ? due - now : TimeSpan.Zero;
            _timer = grain.RegisterGrainTimer(FireAsync, new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
    }
}
