namespace Monitoring.Domain.Rules;

/// <summary>Turns battery readings and forecasts into condition levels.</summary>
public static class BatterySignals
{
    /// <summary>The battery condition's level for a reading: a charging battery is never low.</summary>
    public static int? LevelOf(ConditionSpec battery, BatteryReading reading) =>
        battery.LevelOf(reading.Charging ? null : reading.Percent);

    /// <summary>battery_shift_risk's level: null off shift or when the battery is not draining.</summary>
    public static int? ShiftRiskLevelOf(ConditionSpec shiftRisk, BatteryForecast? forecast, DateTimeOffset? shiftEndsAt) =>
        shiftRisk.LevelOf(shiftEndsAt is { } end ? forecast?.MarginMinutes(end) : null);
}
