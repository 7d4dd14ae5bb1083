namespace Monitoring.Domain.Fraud;

/// <summary>
/// The rule-based score's points per feature (log-odds; docs/fraud.md, "Rule weights" mirrors this
/// table). Each rule maps its feature onto 0..1 by a ramp and multiplies by its weight.
/// </summary>
public static class RuleWeights
{
    /// <summary>Subtracted from the sum of points before the logistic: 3 points make 0.5.</summary>
    public const double Bias = 3.0;

    public const double Geofence = 2.5;         // 0 at the fence, full at 500 m outside
    public const double Velocity = 3.0;         // 0 at 60 km/h, full at 150 km/h
    public const double Biometric = 1.5;        // (1 - quality)
    public const double TooPrecise = 1.0;       // full at 1 m accuracy or better, 0 from 3 m
    public const double TimeOfDay = 0.8;        // the anomaly
    public const double DayOfWeek = 0.4;        // the anomaly
    public const double FraudHistory = 1.5;     // the rate
    public const double Violations = 1.2;       // 1/3 per event in a row, full at 3
    public const double Tour = 2.0;             // (1 - completion rate)
    public const double QuietLocation = 0.3;    // full with no update in the last hour, 0 from 6 per hour

    /// <summary>Fills <paramref name="points"/> (index = <see cref="FraudFeature"/>) and returns their sum.</summary>
    public static double Points(in FraudFeatures f, Span<double> points)
    {
        points.Clear();
        points[(int)FraudFeature.GeofenceDistanceM] = Geofence * Ramp(f[FraudFeature.GeofenceDistanceM], 0, 500);
        points[(int)FraudFeature.VelocityKmh] = Velocity * Ramp(f[FraudFeature.VelocityKmh], 60, 150);
        points[(int)FraudFeature.BiometricQuality] = Biometric * (1 - Unit(f[FraudFeature.BiometricQuality], ifMissing: 1));
        points[(int)FraudFeature.GpsAccuracyM] = TooPrecise * (1 - Ramp(f[FraudFeature.GpsAccuracyM], 1, 3, ifMissing: 1));
        points[(int)FraudFeature.TimeOfDayAnomaly] = TimeOfDay * Unit(f[FraudFeature.TimeOfDayAnomaly], ifMissing: 0);
        points[(int)FraudFeature.DayOfWeekAnomaly] = DayOfWeek * Unit(f[FraudFeature.DayOfWeekAnomaly], ifMissing: 0);
        points[(int)FraudFeature.HistoricalFraudRate] = FraudHistory * Unit(f[FraudFeature.HistoricalFraudRate], ifMissing: 0);
        points[(int)FraudFeature.ConsecutiveViolations] = Violations * Ramp(f[FraudFeature.ConsecutiveViolations], 0, 3);
        points[(int)FraudFeature.TourCompletionRate] = Tour * (1 - Unit(f[FraudFeature.TourCompletionRate], ifMissing: 1));
        points[(int)FraudFeature.LocationUpdatesPerHour] = QuietLocation * (1 - Ramp(f[FraudFeature.LocationUpdatesPerHour], 0, 6, ifMissing: 1));
        var sum = 0.0;
        foreach (var p in points)
        {
            sum += p;
        }

        return sum;
    }

    /// <summary>0 at or below <paramref name="from"/>, 1 at or above <paramref name="to"/>, linear between; a missing value (NaN) gives <paramref name="ifMissing"/>.</summary>
    private static double Ramp(double value, double from, double to, double ifMissing = 0) =>
        double.IsNaN(value) ? ifMissing : Math.Clamp((value - from) / (to - from), 0, 1);

    /// <summary>The value held to 0..1; a missing value (NaN) gives <paramref name="ifMissing"/>, chosen so that it gives no points.</summary>
    private static double Unit(double value, double ifMissing) => double.IsNaN(value) ? ifMissing : Math.Clamp(value, 0, 1);
}
