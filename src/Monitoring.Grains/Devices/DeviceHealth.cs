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
    /// <summary>The kept battery readings as stored: set just for a write (<see cref="PrepareWrite"/>), null otherwise.</summary>
    [Id(1)] public List<BatteryPoint>? Battery { get; set; }
    [Id(2)] public DateTimeOffset? LastHeardAt { get; set; }
    [Id(3)] public DateTimeOffset? ShiftStartedAt { get; set; }

    /// <summary>When the current shift is planned to end (from shift_start, or the default shift length).</summary>
    [Id(4)] public DateTimeOffset? ShiftEndsAt { get; set; }

    /// <summary>Keeps the reading if it is the first of its step (or the first while charging); false when skipped.</summary>
    public bool RecordBattery(DateTimeOffset at, double percent, bool charging)
    {
        var readings = Readings;
        if (readings.Count > 0 && at.UtcTicks - readings[^1].UtcTicks < BatteryStep.Ticks && !(charging && !readings[^1].Charging))
        {
            return false;
        }

        readings.Add(new Reading(at.UtcTicks, (float)percent, charging));
        readings.RemoveAll(r => at.UtcTicks - r.UtcTicks > (BatteryWindow + BatteryStep).Ticks);
        return true;
    }

    /// <summary>Puts the live readings into <see cref="Battery"/> for the state write that follows.</summary>
    public void PrepareWrite() => Battery = [.. Readings.Select(r => new BatteryPoint(r.At, r.Percent, r.Charging))];

    /// <summary>Drops the stored form again once the state is written.</summary>
    public void AfterWrite() => Battery = null;

    /// <summary>
    /// The forecast shown with the device state. The device's feed update reads it every second, so it
    /// is fitted again only when a reading is kept or the minute changes (readings leave the window
    /// by the minute), not per read.
    /// </summary>
    public BatteryForecast? Forecast(DateTimeOffset now)
    {
        var minute = now.ToUnixTimeSeconds() / 60;
        if (_shown is not { } shown || shown.Points != Readings.Count || shown.Newest != LastPointAt || shown.Minute != minute)
        {
            shown = (Readings.Count, LastPointAt, minute, Forecast(now, BatteryWindow));
            _shown = shown;
        }

        return shown.Forecast;
    }

    [NonSerialized]
    private (int Points, DateTimeOffset? Newest, long Minute, BatteryForecast? Forecast)? _shown;

    // The live readings, 16 bytes each (a device keeps about 13): taken from the stored list on
    // first use after a read, which is then dropped.
    [NonSerialized]
    private List<Reading>? _readings;

    private List<Reading> Readings => _readings ??= TakeStored();

    private DateTimeOffset? LastPointAt => Readings.Count > 0 ? Readings[^1].At : null;

    /// <summary>
    /// The battery_margin_min signal: minutes from the planned shift end to the predicted empty time
    /// (negative: empty before the end); null while nothing is predicted, off shift, or charging.
    /// </summary>
    public double? ShiftMarginMin(DateTimeOffset now, TimeSpan window) =>
        ShiftEndsAt is { } end && Readings.Count > 0 && !Readings[^1].Charging
            && Forecast(now, window > BatteryWindow || window <= TimeSpan.Zero ? BatteryWindow : window)?.EmptyAt is { } empty
            ? (empty - end).TotalMinutes
            : null;

    private BatteryForecast? Forecast(DateTimeOffset now, TimeSpan window) =>
        Readings.Count == 0 ? null : BatteryPredictor.Predict(Readings.Select(r => new BatteryReading(r.At, r.Percent, r.Charging)), now, window);

    private List<Reading> TakeStored()
    {
        List<Reading> readings = [.. (Battery ?? []).Select(p => new Reading(p.At.UtcTicks, (float)p.Percent, p.Charging))];
        Battery = null;
        return readings;
    }

    private readonly record struct Reading(long UtcTicks, float Percent, bool Charging)
    {
        public DateTimeOffset At => new(UtcTicks, TimeSpan.Zero);
    }
}
