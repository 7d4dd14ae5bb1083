using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Guards;

namespace Monitoring.Grains.Tests.Guards.Parts;

public sealed class BaselineMonitorTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void InfoOf_SameHourNothingLearned_ReturnsTheCachedView()
    {
        var monitor = BaselineMonitor.Restore(new GuardSnapshot());

        var first = monitor.InfoOf(At, TimeZoneInfo.Utc);

        Assert.Same(first, monitor.InfoOf(At.AddMinutes(10), TimeZoneInfo.Utc));
        Assert.NotSame(first, monitor.InfoOf(At.AddHours(1), TimeZoneInfo.Utc));
    }

    [Fact]
    public void RecordResolution_ResolvedAlert_RebuildsTheView()
    {
        var monitor = BaselineMonitor.Restore(new GuardSnapshot());
        var before = monitor.InfoOf(At, TimeZoneInfo.Utc);

        monitor.RecordResolution(new Alert
        {
            AlertId = "alr_1", Type = "inactivity", Severity = Severity.High, Status = AlertStatus.Resolved,
            SiteId = "s1", RaisedAt = At, UpdatedAt = At, SlaDueAt = At, Resolution = Resolution.FalsePositive, ResolvedAt = At,
        });

        Assert.NotSame(before, monitor.InfoOf(At, TimeZoneInfo.Utc));
    }
}
