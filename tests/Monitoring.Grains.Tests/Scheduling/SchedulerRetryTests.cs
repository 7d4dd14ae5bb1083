using Microsoft.Extensions.Logging.Abstractions;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Tests.Scheduling;

/// <summary>
/// With no reminder behind the scheduler (the embedded default), a job whose grain call fails must
/// not be lost: it is tried again after <see cref="DueWorkScheduler.RetryAfter"/>.
/// </summary>
public sealed class SchedulerRetryTests
{
    private static readonly GrainId Guard = GrainId.Create("guard", "t1/retry");

    [Fact]
    public Task FailedJob_SystemClock_IsTriedAgainAfterTheRetryDelay_ThenNotAgain() => WithSchedulerAsync(failures: 1, async (time, grains, scheduler) =>
    {
        scheduler.Schedule(Guard, "evaluate", time.GetUtcNow());
        await WaitForCallsAsync(grains, 1);

        await Task.Delay(DueWorkScheduler.WakeUpResolution * 4);
        Assert.Equal(1, grains.Calls);

        time.Now += DueWorkScheduler.RetryAfter;
        await WaitForCallsAsync(grains, 2);

        await Task.Delay(DueWorkScheduler.WakeUpResolution * 4);
        Assert.Equal(2, grains.Calls);
    });

    [Fact]
    public Task Schedule_MovedLater_RunsOnlyAtTheNewTime() => WithSchedulerAsync(failures: 1, async (time, grains, scheduler) =>
    {
        scheduler.Schedule(Guard, "evaluate", time.GetUtcNow());
        scheduler.Schedule(Guard, "evaluate", time.GetUtcNow().AddMinutes(5));
        await Task.Delay(DueWorkScheduler.WakeUpResolution * 4);
        Assert.Equal(0, grains.Calls);

        time.Now += TimeSpan.FromMinutes(5);
        await WaitForCallsAsync(grains, 1);
    });

    [Fact]
    public void Schedule_RemindersOn_SystemClock_KeepsNothing()
    {
        var scheduler = new DueWorkScheduler(new MonitoringClock(manual: false), FailingGrains.Create(0).Factory, NullLogger<DueWorkScheduler>.Instance, ReminderPolicy.On);

        Assert.False(scheduler.IsActive);
        Assert.True(scheduler.UsesReminders);
    }

    // A started system-clock scheduler (reminders off) over grains that fail their first calls.
    private static async Task WithSchedulerAsync(int failures, Func<SettableTime, FailingGrains, DueWorkScheduler, Task> test)
    {
        var time = new SettableTime(new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.Zero));
        var (factory, grains) = FailingGrains.Create(failures);
        var scheduler = new DueWorkScheduler(new MonitoringClock(manual: false, time), factory, NullLogger<DueWorkScheduler>.Instance, ReminderPolicy.Off);
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            await test(time, grains, scheduler);
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitForCallsAsync(FailingGrains grains, int calls)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (grains.Calls < calls && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(calls, grains.Calls);
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
