using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Rules;

/// <summary>
/// Wakes a grain when one of its rules falls due, through the silo's scheduler (<see cref="IPeriodicWork.WakeUp"/>)
/// on either clock (no timer per grain). A wake-up already set for earlier stays (it re-evaluates
/// and re-arms), so a grain receiving events does not move it per batch. A struct field of its
/// grain holding only the armed time: every guard and phone has one.
/// </summary>
internal struct RuleWakeUp
{
    // UTC ticks of the armed wake-up; 0 when none is armed.
    private long _dueTicks;

    /// <summary>Called when the wake-up fires; the caller then evaluates (and arms the next one).</summary>
    public void Fired() => _dueTicks = 0;

    public void Arm(DateTimeOffset? next, DateTimeOffset now, IPeriodicWork wakeUps, GrainId grain, string job)
    {
        if (next is not { } due || (_dueTicks != 0 && _dueTicks > now.UtcTicks && _dueTicks <= due.UtcTicks))
        {
            return;
        }

        _dueTicks = due.UtcTicks;
        wakeUps.WakeUp(grain, job, due);
    }
}
