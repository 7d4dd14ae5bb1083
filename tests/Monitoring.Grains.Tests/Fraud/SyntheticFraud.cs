using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>
/// Labelled attendance rows drawn from two made-up populations: legitimate events (a good biometric,
/// inside the fence, walking pace, usual hours) and fraud (two of: impossible speed, far outside,
/// failed biometric, impossibly precise fixes, an unwalked tour, a silent phone). Some legitimate
/// events look odd too, so the classes overlap a little. The flip argument is the share of
/// labels swapped at random (0.5: labels carry no information).
/// </summary>
internal static class SyntheticFraud
{
    public static List<FraudSample> Rows(int count, double fraudShare, int seed, DateTimeOffset end, double flip = 0)
    {
        var random = new Random(seed);
        var rows = new List<FraudSample>(count);
        for (var i = 0; i < count; i++)
        {
            var fraud = random.NextDouble() < fraudShare;
            var features = Legit(random);
            if (fraud)
            {
                var first = random.Next(6);
                Anomaly(ref features, first, random);
                Anomaly(ref features, (first + 1 + random.Next(5)) % 6, random);
            }
            else if (random.NextDouble() < 0.05)
            {
                Anomaly(ref features, random.Next(6), random);
            }

            var label = fraud ^ (random.NextDouble() < flip) ? FraudLabel.Fraud : FraudLabel.Legit;
            rows.Add(new FraudSample($"g-{i % 97}", $"s-{i % 7}", end.AddSeconds(-(count - i)), features, label));
        }

        return rows;
    }

    private static FraudFeatures Legit(Random r)
    {
        var f = default(FraudFeatures);
        f[FraudFeature.BiometricQuality] = 0.75 + (0.25 * r.NextDouble());
        f[FraudFeature.GpsAccuracyM] = 4 + (20 * r.NextDouble());
        f[FraudFeature.GeofenceDistanceM] = r.NextDouble() < 0.9 ? 0 : 40 * r.NextDouble();
        f[FraudFeature.TimeOfDayAnomaly] = 0.4 * r.NextDouble();
        f[FraudFeature.DayOfWeekAnomaly] = 0.4 * r.NextDouble();
        f[FraudFeature.VelocityKmh] = 7 * r.NextDouble();
        f[FraudFeature.HistoricalFraudRate] = 0.05 * r.NextDouble();
        f[FraudFeature.ConsecutiveViolations] = r.Next(2);
        f[FraudFeature.TourCompletionRate] = 0.7 + (0.3 * r.NextDouble());
        f[FraudFeature.SignalDbm] = -100 + (40 * r.NextDouble());
        f[FraudFeature.BatteryPct] = 10 + (90 * r.NextDouble());
        f[FraudFeature.LocationUpdatesPerHour] = 30 + (30 * r.NextDouble());
        return f;
    }

    private static void Anomaly(ref FraudFeatures f, int kind, Random r)
    {
        switch (kind)
        {
            case 0: f[FraudFeature.VelocityKmh] = 120 + (300 * r.NextDouble()); break;
            case 1: f[FraudFeature.GeofenceDistanceM] = 150 + (2000 * r.NextDouble()); break;
            case 2: f[FraudFeature.BiometricQuality] = 0.45 * r.NextDouble(); break;
            case 3: f[FraudFeature.GpsAccuracyM] = 0.1 + (0.9 * r.NextDouble()); break;
            case 4: f[FraudFeature.TourCompletionRate] = 0.35 * r.NextDouble(); break;
            default: f[FraudFeature.LocationUpdatesPerHour] = 4 * r.NextDouble(); break;
        }

        f[FraudFeature.ConsecutiveViolations] += 1 + r.Next(3);
        f[FraudFeature.HistoricalFraudRate] += 0.1 * r.NextDouble();
    }
}
