using Monitoring.Domain.Rules;

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

    public RuleSlot Slot(string type)
    {
        if (!Slots.TryGetValue(type, out var slot))
        {
            slot = new RuleSlot();
            Slots[type] = slot;
        }

        return slot;
    }

    public void RecordBattery(DateTimeOffset at, double percent, bool charging)
    {
        if (Battery.Count > 0 && at - Battery[^1].At < BatteryStep && !(charging && !Battery[^1].Charging))
        {
            return;
        }

        Battery.Add(new BatteryPoint(at, percent, charging));
        Battery.RemoveAll(p => at - p.At > BatteryWindow + BatteryStep);
    }

    public BatteryForecast? Forecast(DateTimeOffset now) =>
        Battery.Count == 0 ? null : BatteryPredictor.Predict(Battery.Select(p => new BatteryReading(p.At, p.Percent, p.Charging)), now, BatteryWindow);
}
