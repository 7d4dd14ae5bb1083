namespace Monitoring.Grains.Scheduling;

/// <summary>
/// A grain's periodic work (a guard's evaluation, an alert's escalation, an owed outbox) and its
/// one-off wake-ups. Chosen once at setup (<see cref="PeriodicWork.From"/>): Orleans reminders and the
/// silo's <see cref="DueWorkScheduler"/> where reminders are durable (<see cref="ReminderPeriodicWork"/>),
/// the scheduler alone otherwise (<see cref="ScheduledPeriodicWork"/>). Grains call it without asking
/// which. Reminders belong to a grain, so the grain passes itself.
/// </summary>
public interface IPeriodicWork
{
    /// <summary>Starts (or restarts) a job: first due at <paramref name="dueAt"/>, then every <paramref name="period"/> until stopped.</summary>
    Task StartAsync(Grain grain, string job, DateTimeOffset dueAt, TimeSpan period);

    /// <summary>Sets when a started job is next due (after a run, or when the grain activates).</summary>
    void SetDue(Grain grain, string job, DateTimeOffset dueAt);

    /// <summary>Stops a job.</summary>
    Task StopAsync(Grain grain, string job);

    /// <summary>
    /// Has the grain woken every so often until the job is stopped, where something durable can do it
    /// (a silo death must not strand the work). True when it does; false when only the grain's own
    /// timer retries, for as long as its activation lives.
    /// </summary>
    Task<bool> KeepWakingAsync(Grain grain, string job);

    /// <summary>Wakes the grain once at <paramref name="dueAt"/> (<see cref="DueWorkScheduler.WakeUp"/>), on either clock.</summary>
    void WakeUp(GrainId grain, string job, DateTimeOffset dueAt);
}
