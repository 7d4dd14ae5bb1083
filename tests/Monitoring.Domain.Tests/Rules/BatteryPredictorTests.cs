using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

public sealed class BatteryPredictorTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromMinutes(60);

    [Theory]
    [InlineData(90, 12)]
    [InlineData(60, 5)]
    [InlineData(35, 30)]
    public void Predict_LinearDrain_EmptyTimeWithinTenPercentOfTruth(double start, double pctPerHour)
    {
        var forecast = BatteryPredictor.Predict(BatteryDrain.Linear(start, pctPerHour, 0, 60), Min(60), Hour)!;

        AssertWithin(BatteryDrain.TrueEmptyAt(start, pctPerHour), forecast.EmptyAt!.Value, Min(60), 0.10);
        Assert.Equal(pctPerHour, forecast.DrainPctPerHour, 6);
        Assert.Equal(60, forecast.ReadingsUsed);
    }

    [Fact]
    public void Predict_LinearDrainRoundedToWholePercents_StillWithinTenPercent()
    {
        var readings = BatteryDrain.Linear(80, 9, 0, 60).Select(r => r with { Percent = Math.Round(r.Percent) });

        var forecast = BatteryPredictor.Predict(readings, Min(60), Hour)!;

        AssertWithin(BatteryDrain.TrueEmptyAt(80, 9), forecast.EmptyAt!.Value, Min(60), 0.10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Predict_NoisyDrain_EmptyTimeWithinFifteenPercent(int seed)
    {
        var readings = BatteryDrain.Noisy(seed, 85, 10, noiseSd: 1.0, 0, 60);

        var forecast = BatteryPredictor.Predict(readings, Min(60), Hour)!;

        AssertWithin(BatteryDrain.TrueEmptyAt(85, 10), forecast.EmptyAt!.Value, Min(60), 0.15);
        Assert.InRange(forecast.DrainPctPerHour, 8.5, 11.5);
    }

    [Fact]
    public void Predict_ChargeInTheWindow_FitsOnlyTheDischargeAfterIt()
    {
        List<BatteryReading> readings =
        [
            .. BatteryDrain.Linear(70, 40, 0, 25),
            .. Enumerable.Range(26, 10).Select(m => BatteryDrain.Reading(m, 53 + (m - 26), charging: true)),
            .. Enumerable.Range(36, 25).Select(m => BatteryDrain.Reading(m, 62 - (0.2 * (m - 36)))),
        ];

        var forecast = BatteryPredictor.Predict(readings, Min(60), Hour)!;

        Assert.Equal(25, forecast.ReadingsUsed);
        Assert.Equal(Min(36), forecast.From);
        Assert.Equal(12, forecast.DrainPctPerHour, 6);
    }

    [Fact]
    public void Predict_ChargingNow_IsNull()
    {
        var readings = BatteryDrain.Linear(70, 10, 0, 59).Append(BatteryDrain.Reading(60, 63, charging: true));

        Assert.Null(BatteryPredictor.Predict(readings, Min(60), Hour));
    }

    [Theory]
    [InlineData(4, 10)]
    [InlineData(30, 0.5)]
    [InlineData(5, 3.4)]
    public void Predict_TooFewOrTooCloseReadings_IsNull(int count, double everyMinutes)
    {
        var readings = Enumerable.Range(0, count).Select(i => BatteryDrain.Reading(i * everyMinutes, 80 - i));

        Assert.Null(BatteryPredictor.Predict(readings, Min(60), Hour));
    }

    [Fact]
    public void Predict_FiveReadingsOverFifteenMinutes_IsEnough()
    {
        var readings = Enumerable.Range(0, 5).Select(i => BatteryDrain.Reading(45 + (i * 3.75), 50 - i));

        var forecast = BatteryPredictor.Predict(readings, Min(60), Hour)!;

        Assert.Equal(16, forecast.DrainPctPerHour, 6);
        Assert.InRange(forecast.EmptyAt!.Value, Min(60).AddHours(46 / 16.0).AddSeconds(-1), Min(60).AddHours(46 / 16.0).AddSeconds(1));
    }

    [Fact]
    public void Predict_ReadingsOlderThanTheWindow_AreLeftOut()
    {
        List<BatteryReading> readings = [.. BatteryDrain.Linear(100, 60, -60, -1), .. BatteryDrain.Linear(50, 6, 0, 60)];

        var forecast = BatteryPredictor.Predict(readings, Min(60), Hour)!;

        Assert.Equal(60, forecast.ReadingsUsed);
        Assert.Equal(6, forecast.DrainPctPerHour, 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void Predict_FlatOrRising_NotDrainingSoNoEmptyTime(double pctPerHour)
    {
        var forecast = BatteryPredictor.Predict(BatteryDrain.Linear(60, pctPerHour, 0, 60), Min(60), Hour)!;

        Assert.Null(forecast.EmptyAt);
        Assert.Null(forecast.MarginMinutes(Min(240)));
        Assert.Equal(pctPerHour, forecast.DrainPctPerHour, 6);
    }

    [Fact]
    public void MarginMinutes_EmptyBeforeShiftEnd_IsNegative()
    {
        var forecast = new BatteryForecast(10, Min(300), 61, T0, Min(60));

        Assert.Equal(-60, forecast.MarginMinutes(Min(360)));
        Assert.Equal(30, forecast.MarginMinutes(Min(270)));
    }

    private static void AssertWithin(DateTimeOffset truth, DateTimeOffset predicted, DateTimeOffset now, double fraction)
    {
        var remaining = (truth - now).TotalMinutes;
        Assert.InRange((predicted - now).TotalMinutes, remaining * (1 - fraction), remaining * (1 + fraction));
    }
}
