using Monitoring.Domain.Alerts;
using Monitoring.Domain.Baselines;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class BaselineViewTests
{
    private static readonly TimeZoneInfo Paris = SiteTimes.Paris;

    [Fact]
    public void View_CurrentHour_ShowsSlotThresholdAndWhy()
    {
        var detector = Weeks.Trained(windows: 30, seed: 6);
        var now = Weeks.Monday0900At(3, 6);
        detector.RecordResolution(now.AddDays(-1), Resolution.FalsePositive);

        var view = detector.View(now, Paris);

        Assert.Equal(Weeks.Monday0900, view.HourOfWeek);
        Assert.Equal(30, view.Samples);
        Assert.False(view.IsLearning);
        Assert.Equal(10.0, view.Means.PhoneEvents, 0);
        Assert.InRange(view.StdDevs.PhoneEvents, 1.0, 2.0);
        Assert.All(SignalValues.Signals, s => Assert.True(view.Spreads[s] >= view.StdDevs[s]));
        Assert.InRange(view.Spreads.LocationUpdates, 5.9, 6.1);
        Assert.Equal(new BaselineThreshold(4.0, ThresholdReason.HighFalsePositiveRate, "false-positive rate 1.00 over 30 days"), view.Threshold);
        Assert.Equal((1.0, 1), (view.FalsePositiveRate, view.Resolutions));
    }

    [Fact]
    public void View_HourNeverWorked_IsLearningWithDefaultThreshold()
    {
        var view = Weeks.Trained(windows: 30, seed: 7).View(Weeks.Paris(new DateTime(2026, 2, 4, 15, 0, 0)), Paris);

        Assert.Equal((2 * 24) + 15, view.HourOfWeek);
        Assert.Equal(0, view.Samples);
        Assert.True(view.IsLearning);
        Assert.Equal("default", view.Threshold.Why);
    }
}
