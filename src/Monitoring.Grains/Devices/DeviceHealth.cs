using Monitoring.Domain.Rules;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Devices;

/// <summary>
/// A device's health-rule state: one slot per rule, the battery readings the drain forecast fits
/// (at most one per <see cref="BatteryStep"/> over the last hour: ~13 readings, not one per event),
/// and when the front end last heard from the device (offline detection counts from there).
/// </summary>
[GenerateSerializer, Alias("device-health")]
public sealed class DeviceHealth
{
    public static readonly TimeSpan BatteryStep = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan BatteryWindow = TimeSpan.FromMinutes(60);

    [Id(0)] public Dictionary<string, RuleSlot> Slots { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public List<BatteryPoint> Battery { get; set; } = [];
    [Id(2)] public DateTimeOffset? LastHeardAt { get; set; }
    [Id(3)] public DateTimeOffset? ShiftStartedAt { get; set; }

    /// <summary>When the current shift is planned to end (from shift_start, or the default shift length).</summary>
    [Id(4)] public DateTimeOffset? ShiftEndsAt { get; set; }

    /// <summary>Keeps the reading if it is the first of its step (or the first while charging); false when skipped.</summary>
    public bool RecordBattery(DateTimeOffset at, double percent, bool charging)
    {
        if (Battery.Count > 0 && at - Battery[^1].At < BatteryStep && !(charging && !Battery[^1].Charging))
        {
            return false;
        }

        Battery.Add(new BatteryPoint(at, percent, charging));
        Battery.RemoveAll(p => at - p.At > BatteryWindow + BatteryStep);
        return true;
    }

    /// <summary>
    /// The forecast shown with the device state. The device's feed update reads it every second, so it
    /// is fitted again only when a reading is kept or the minute changes (readings leave the window
    /// by the minute), not per read.
    /// </summary>
    public BatteryForecast? Forecast(DateTimeOffset now)
    {
        var minute = now.ToUnixTimeSeconds() / 60;
        if (_shown is not { } shown || shown.Points != Battery.Count || shown.Newest != LastPointAt || shown.Minute != minute)
        {
            shown = (Battery.Count, LastPointAt, minute, Forecast(now, BatteryWindow));
            _shown = shown;
        }

        return shown.Forecast;
    }

    [NonSerialized]
    private (int Points, DateTimeOffset? Newest, long Minute, BatteryForecast? Forecast)? _shown;

    private DateTimeOffset? LastPointAt => Battery.Count > 0 ? Battery[^1].At : null;

    /// <summary>
    /// The battery_margin_min signal: minutes from the planned shift end to the predicted empty time
    /// (negative: empty before the end); null while nothing is predicted, off shift, or charging.
    /// </summary>
    public double? ShiftMarginMin(DateTimeOffset now, TimeSpan window) =>
        ShiftEndsAt is { } end && Battery.Count > 0 && !Battery[^1].Charging
            && Forecast(now, window > BatteryWindow || window <= TimeSpan.Zero ? BatteryWindow : window)?.EmptyAt is { } empty
            ? (empty - end).TotalMinutes
            : null;

    private BatteryForecast? Forecast(DateTimeOffset now, TimeSpan window) =>
        Battery.Count == 0 ? null : BatteryPredictor.Predict(Battery.Select(p => new BatteryReading(p.At, p.Percent, p.Charging)), now, window);
}
