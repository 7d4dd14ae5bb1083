namespace Monitoring.Grains.Scheduling;

/// <summary>
/// Whether grains register Orleans reminders for their periodic work (each on-shift guard's
/// evaluation, an escalating alert's next level). With PostgreSQL the reminders are durable, so a
/// guard whose silo died is evaluated again on another. The embedded default's in-memory reminder
/// table dies with the silo exactly like the <see cref="DueWorkScheduler"/>'s queue, so there the
/// scheduler does the work alone, and no guard carries a reminder (the in-memory service keeps a
/// tick loop per reminder; docs/benchmarks.md has its cost per guard).
/// </summary>
public sealed record ReminderPolicy(bool Enabled)
{
    /// <summary>No reminders: the silo's scheduler runs the periodic work.</summary>
    public static readonly ReminderPolicy Off = new(false);

    /// <summary>Reminders drive the periodic work on the system clock.</summary>
    public static readonly ReminderPolicy On = new(true);
}
