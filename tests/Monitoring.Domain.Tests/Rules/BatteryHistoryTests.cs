using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

public sealed class BatteryHistoryTests
{
    [Fact]
    public void Record_SeveralReadingsInOneMinute_KeepsTheNewest()
    {
        var history = new BatteryHistory();

        history.Record(BatteryDrain.Reading(0.1, 50));
        history.Record(BatteryDrain.Reading(0.9, 49));
        var older = history.Record(BatteryDrain.Reading(0.5, 48));

        Assert.False(older);
        Assert.Equal(49, Assert.Single(history.Readings()).Percent);
    }

    [Fact]
    public void Record_HoursOfReadings_KeepsOnlyTheRing()
    {
        var history = new BatteryHistory();

        foreach (var reading in BatteryDrain.Linear(100, 10, 0, 299))
        {
            history.Record(reading);
        }

        var readings = history.Readings();
        Assert.Equal(BatteryHistory.Capacity, readings.Count);
        Assert.Equal((Min(180), Min(299)), (readings[0].At, readings[^1].At));
    }

    [Fact]
    public void Record_LateReadingInsideTheRing_FiledInItsOwnMinute()
    {
        var history = new BatteryHistory();
        history.Record(BatteryDrain.Reading(10, 40));
        history.Record(BatteryDrain.Reading(12, 38));

        Assert.True(history.Record(BatteryDrain.Reading(11, 39)));

        Assert.Equal([Min(10), Min(11), Min(12)], history.Readings().Select(r => r.At));
    }

    [Fact]
    public void Record_ReadingOlderThanTheRing_IsDropped()
    {
        var history = new BatteryHistory();
        history.Record(BatteryDrain.Reading(200, 40));

        Assert.False(history.Record(BatteryDrain.Reading(200 - BatteryHistory.Capacity, 60)));
        Assert.True(history.Record(BatteryDrain.Reading(201 - BatteryHistory.Capacity, 60)));
    }

    [Fact]
    public void Restore_FromReadings_GivesTheSameForecast()
    {
        var history = new BatteryHistory();
        foreach (var reading in BatteryDrain.Noisy(7, 70, 8, 1.0, 0, 90))
        {
            history.Record(reading);
        }

        var restored = BatteryHistory.Restore(history.Readings());

        Assert.Equal(history.Readings(), restored.Readings());
        Assert.Equal(
            BatteryPredictor.Predict(history.Readings(), Min(90), TimeSpan.FromHours(1)),
            BatteryPredictor.Predict(restored.Readings(), Min(90), TimeSpan.FromHours(1)));
    }
}
