using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Rules;

/// <summary>
/// Wakes a grain when one of its rules falls due, through the silo's <see cref="DueWorkScheduler"/>
/// on either clock (no timer per grain). A wake-up already set for earlier stays (it re-evaluates
/// and re-arms), so a grain receiving events does not move it per batch.
/// </summary>
internal sealed class RuleWakeUp(GrainId grain, string job, DueWorkScheduler scheduler)
{
    private DateTimeOffset? _dueAt;

    /// <summary>Called when the wake-up fires; the caller then evaluates (and arms the next one).</summary>
    public void Fired() => _dueAt = null;

    public void Arm(DateTimeOffset? next, DateTimeOffset now)
    {
        if (next is not { } due || (_dueAt is { } armed && armed > now && armed <= due))
        {
            return;
        }

        _dueAt = due;
        scheduler.WakeUp(grain, job, due);
    }
}
