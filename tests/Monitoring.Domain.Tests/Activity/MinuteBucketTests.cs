using Monitoring.Domain.Activity;
using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Tests.Activity;

/// <summary>The compact bucket keeps the minute's centre as a running mean: it must match the exact weighted mean.</summary>
public sealed class MinuteBucketTests
{
    [Theory]
    [InlineData(48.8566, 2.3522)]
    [InlineData(-33.8688, 151.2093)]
    [InlineData(64.1466, -179.9)]
    public void SixtyNoisyFixes_CentreIsTheWeightedMean_WithinAFewCentimetres(double lat, double lon)
    {
        var rng = new Random(7);
        var bucket = new MinuteBucket(29_000_000);
        double sumW = 0, sumLat = 0, sumLon = 0, sumAcc = 0;
        for (var i = 0; i < 60; i++)
        {
            var fix = new GeoFix(lat + ((rng.NextDouble() - 0.5) * 4e-4), lon + ((rng.NextDouble() - 0.5) * 4e-4), 3 + (rng.NextDouble() * 40));
            bucket.Add(ActivityKind.None, fix);
            var w = 1.0 / (fix.AccuracyM * fix.AccuracyM);
            (sumW, sumLat, sumLon, sumAcc) = (sumW + w, sumLat + (w * fix.Lat), sumLon + (w * fix.Lon), sumAcc + (w * fix.AccuracyM));
        }

        var exact = new GeoFix(sumLat / sumW, sumLon / sumW, sumAcc / sumW);
        Assert.InRange(GeoMath.DistanceM(bucket.Centre, exact), 0, 0.05);
        Assert.Equal(exact.AccuracyM, bucket.Centre.AccuracyM, 3);
        Assert.Equal(60, bucket.Fixes);
        Assert.Equal(29_000_000, bucket.Minute);
    }

    [Fact]
    public void StoredSums_RestoreTheSameBucket()
    {
        var bucket = new MinuteBucket(29_000_001);
        bucket.Add(ActivityKind.Phone, new GeoFix(48.85, 2.35, 10));
        bucket.Add(ActivityKind.Checkpoint, new GeoFix(48.8502, 2.3504, 5));

        var restored = MinuteBucket.FromSums(bucket.Minute, bucket.Phone, bucket.Fixes, bucket.Tasks, bucket.Checkpoints,
            bucket.SumW, bucket.SumWLat, bucket.SumWLon, bucket.SumWAcc);

        Assert.Equal(bucket, restored);
        Assert.False(new MinuteBucket(29_000_002).HasFix);
    }
}
