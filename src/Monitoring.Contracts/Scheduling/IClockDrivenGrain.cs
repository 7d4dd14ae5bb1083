namespace Monitoring.Contracts.Scheduling;

/// <summary>
/// A grain with work that falls due at clock times. With the manual clock, advancing the clock
/// calls <see cref="OnDueAsync"/> in time order for everything due; with the system clock the
/// silo's scheduler loop does (or a reminder, where reminders drive the work).
/// </summary>
public interface IClockDrivenGrain : IGrainWithStringKey
{
    /// <summary>Runs the job that fell due at <paramref name="dueAt"/> (the clock reads that time).</summary>
    Task OnDueAsync(string job, DateTimeOffset dueAt);
}
