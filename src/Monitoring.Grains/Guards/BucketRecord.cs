using Monitoring.Domain.Activity;

namespace Monitoring.Grains.Guards;

/// <summary>One minute of a guard's window, as stored.</summary>
[GenerateSerializer, Immutable, Alias("bucket-record")]
public readonly record struct BucketRecord(
    [property: Id(0)] long Minute,
    [property: Id(1)] ushort Phone,
    [property: Id(2)] ushort Fixes,
    [property: Id(3)] ushort Tasks,
    [property: Id(4)] ushort Checkpoints,
    [property: Id(5)] double SumW,
    [property: Id(6)] double SumWLat,
    [property: Id(7)] double SumWLon,
    [property: Id(8)] double SumWAcc)
{
    public static BucketRecord From(MinuteBucket b) =>
        new(b.Minute, b.Phone, b.Fixes, b.Tasks, b.Checkpoints, b.SumW, b.SumWLat, b.SumWLon, b.SumWAcc);

    public MinuteBucket ToBucket() =>
        MinuteBucket.FromSums(Minute, Phone, Fixes, Tasks, Checkpoints, SumW, SumWLat, SumWLon, SumWAcc);
}
