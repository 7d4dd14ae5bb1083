using System.Collections.Immutable;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;

namespace Monitoring.Domain.Tests.Fraud;

/// <summary>
/// A two-tree ensemble small enough to score by hand: tree 0 splits on velocity at 100 km/h (then
/// on geofence distance at 50 m), tree 1 on biometric quality at 0.5. Reference: a still guard inside.
/// </summary>
internal static class HandMadeEnsemble
{
    public static TreeEnsemble Model { get; } = new(
        [
            new RegressionTree(
                [
                    new TreeNode((int)FraudFeature.VelocityKmh, 100f, 1, ~2),
                    new TreeNode((int)FraudFeature.GeofenceDistanceM, 50f, ~0, ~1),
                ],
                [-2.0, 1.0, 3.0]),
            new RegressionTree([new TreeNode((int)FraudFeature.BiometricQuality, 0.5f, ~0, ~1)], [1.5, -1.0]),
        ],
        Bias: 0.5,
        Slope: -1.0,
        Offset: 0.0,
        Reference: [.. Enumerable.Repeat(0.0, FraudFeatureNames.Count).Select((_, i) => i == (int)FraudFeature.BiometricQuality ? 0.9 : 0.0)]);

    public static FraudFeatures Event(double velocity, double outside, double biometric)
    {
        var features = default(FraudFeatures);
        features[FraudFeature.VelocityKmh] = velocity;
        features[FraudFeature.GeofenceDistanceM] = outside;
        features[FraudFeature.BiometricQuality] = biometric;
        return features;
    }

    public static double Sigmoid(double raw) => 1 / (1 + Math.Exp(-raw));

    public static ImmutableArray<double> Zeros => [.. new double[FraudFeatureNames.Count]];
}
