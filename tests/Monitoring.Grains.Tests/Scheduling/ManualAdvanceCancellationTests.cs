using Microsoft.Extensions.Logging.Abstractions;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Tests.Scheduling;

/// <summary>A long manual-clock move stops between two due jobs once its token is cancelled, and loses none of them.</summary>
public sealed class ManualAdvanceCancellationTests
{
    [Fact]
    public async Task Advance_CancelledDuringTheFirstJob_StopsThere_AndKeepsTheRest()
    {
        var (factory, grains) = FailingGrains.Create(failures: 0);
        var clock = new MonitoringClock(manual: true);
        var scheduler = new DueWorkScheduler(clock, factory, NullLogger<DueWorkScheduler>.Instance, ReminderPolicy.Off);
        var t0 = clock.GetUtcNow();
        for (var i = 1; i <= 3; i++)
        {
            scheduler.Schedule(GrainId.Create("guard", $"t1/g-{i}"), "evaluate", t0.AddMinutes(i));
        }

        using var abort = new CancellationTokenSource();
        grains.OnCall = abort.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scheduler.AdvanceAsync(t0.AddDays(1), abort.Token));

        Assert.Equal(1, grains.Calls);
        Assert.Equal(t0.AddMinutes(1), clock.GetUtcNow());
        grains.OnCall = null;
        Assert.Equal(2, await scheduler.AdvanceAsync(t0.AddDays(1)));
        Assert.Equal(t0.AddDays(1), clock.GetUtcNow());
    }
}
