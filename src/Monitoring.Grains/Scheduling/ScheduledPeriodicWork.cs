namespace Monitoring.Grains.Scheduling;

/// <summary>
/// Periodic work on the silo's <see cref="DueWorkScheduler"/> alone: the embedded default, whose
/// in-memory reminder table would die with the silo exactly like the scheduler's queue (and cost each
/// on-shift guard a reminder; <see cref="ReminderPolicy"/>).
/// </summary>
public sealed class ScheduledPeriodicWork(DueWorkScheduler scheduler) : IPeriodicWork
{
    public Task StartAsync(Grain grain, string job, DateTimeOffset dueAt, TimeSpan period)
    {
        scheduler.Schedule(grain.GetGrainId(), job, dueAt);
        return Task.CompletedTask;
    }

    public void SetDue(Grain grain, string job, DateTimeOffset dueAt) => scheduler.Schedule(grain.GetGrainId(), job, dueAt);

    public Task StopAsync(Grain grain, string job)
    {
        scheduler.Cancel(grain.GetGrainId(), job);
        return Task.CompletedTask;
    }

    public Task<bool> KeepWakingAsync(Grain grain, string job) => Task.FromResult(false);

    public void WakeUp(GrainId grain, string job, DateTimeOffset dueAt) => scheduler.WakeUp(grain, job, dueAt);
}
