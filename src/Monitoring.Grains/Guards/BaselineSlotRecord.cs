using Monitoring.Domain.Baselines;

namespace Monitoring.Grains.Guards;

/// <summary>One stored baseline hour: samples, and mean and M2 of each signal in <see cref="SignalValues.Signals"/> order.</summary>
[GenerateSerializer, Immutable, Alias("baseline-slot-record")]
public sealed record BaselineSlotRecord(
    [property: Id(0)] int HourOfWeek, [property: Id(1)] int Count, [property: Id(2)] double[] Means, [property: Id(3)] double[] M2s)
{
    public static BaselineSlotRecord From(BaselineSlot slot) =>
        new(slot.HourOfWeek, slot.Count, [.. SignalValues.Signals.Select(s => slot.Means[s])], [.. SignalValues.Signals.Select(s => slot.M2s[s])]);

    public BaselineSlot ToSlot() => new(HourOfWeek, Count, Values(Means), Values(M2s));

    private static SignalValues Values(double[] v) => new(v[0], v[1], v[2], v[3], v[4]);
}
