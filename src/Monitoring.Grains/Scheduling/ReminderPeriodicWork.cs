using Microsoft.Extensions.Options;

namespace Monitoring.Grains.Scheduling;

/// <summary>
/// Periodic work on durable Orleans reminders (PostgreSQL): a guard whose silo died is evaluated
/// again on another. The scheduler keeps the jobs too while the clock is manual (it runs them in
/// time order as the clock moves; <see cref="DueWorkScheduler.Schedule"/>).
/// </summary>
public sealed class ReminderPeriodicWork(DueWorkScheduler scheduler, MonitoringClock clock, IOptions<ReminderOptions> options) : IPeriodicWork
{
    // A reminder due now or in the past cannot be registered for the present: it fires a moment later.
    private static readonly TimeSpan Soonest = TimeSpan.FromSeconds(1);

    public async Task StartAsync(Grain grain, string job, DateTimeOffset dueAt, TimeSpan period)
    {
        scheduler.Schedule(grain.GetGrainId(), job, dueAt);
        var dueIn = dueAt - clock.GetUtcNow();
        await grain.RegisterOrUpdateReminder(job, dueIn > TimeSpan.Zero ? dueIn : Soonest, period);
    }

    public void SetDue(Grain grain, string job, DateTimeOffset dueAt) => scheduler.Schedule(grain.GetGrainId(), job, dueAt);

    public async Task StopAsync(Grain grain, string job)
    {
        scheduler.Cancel(grain.GetGrainId(), job);
        if (await grain.GetReminder(job) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }

    public async Task<bool> KeepWakingAsync(Grain grain, string job)
    {
        var period = options.Value.MinimumReminderPeriod;
        await grain.RegisterOrUpdateReminder(job, period, period);
        return true;
    }

    public void WakeUp(GrainId grain, string job, DateTimeOffset dueAt) => scheduler.WakeUp(grain, job, dueAt);
}
