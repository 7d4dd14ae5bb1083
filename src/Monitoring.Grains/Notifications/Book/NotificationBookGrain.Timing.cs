using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>
/// Silences start and end on time: one job, due at the next start or end of any silence, driven by
/// the silo's periodic work (<see cref="IPeriodicWork"/>; a durable reminder where there are durable
/// reminders, its period a backstop should a due time be missed). Runs are idempotent: each compares
/// every silence's status with the one last announced.
/// </summary>
internal sealed partial class NotificationBookGrain
{
    internal const string SilenceJob = "silences";

    private static readonly TimeSpan Backstop = TimeSpan.FromMinutes(5);

    public Task OnDueAsync(string job, DateTimeOffset dueAt) => job == SilenceJob ? OnSilencesDueAsync() : Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == SilenceJob ? OnSilencesDueAsync() : Task.CompletedTask;

    private async Task OnSilencesDueAsync()
    {
        var now = clock.GetUtcNow();
        var moved = Book.Silences.Values
            .Where(s => !Book.Announced.TryGetValue(s.SilenceId, out var last) || last != s.StatusAt(now))
            .ToList();
        var purged = Purge(now);
        if (moved.Count > 0)
        {
            await ChangedAsync(moved, now);
            return;
        }

        var armed = Book.ArmedFor;
        await ArmSilencesAsync(now);
        if (armed == Book.ArmedFor && armed is { } dueAt)
        {
            // This run took the job off the scheduler's queue (or came early): put it back.
            periodicWork.SetDue(this, SilenceJob, dueAt);
        }

        if (purged || armed != Book.ArmedFor)
        {
            await SaveChangeAsync(versioned: false);
        }
    }

    /// <summary>Arms the silence job for the next start or end (or stops it when none is ahead).</summary>
    private async Task ArmSilencesAsync(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var silence in Book.Silences.Values)
        {
            DateTimeOffset? at = silence.StatusAt(now) switch
            {
                SilenceStatus.Pending => silence.StartsAt,
                SilenceStatus.Active => silence.EndsAt,
                _ => null,
            };
            if (at is { } due && (next is null || due < next))
            {
                next = due;
            }
        }

        if (next == Book.ArmedFor)
        {
            return;
        }

        if (next is { } dueAt)
        {
            await periodicWork.StartAsync(this, SilenceJob, dueAt, Backstop);
        }
        else
        {
            await periodicWork.StopAsync(this, SilenceJob);
        }

        Book.ArmedFor = next;
    }
}
