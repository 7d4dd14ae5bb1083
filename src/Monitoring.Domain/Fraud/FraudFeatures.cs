using System.Runtime.CompilerServices;

namespace Monitoring.Domain.Fraud;

/// <summary>One attendance event's feature vector (see <see cref="FraudFeature"/> for the order and units).</summary>
[InlineArray(FraudFeatureNames.Count)]
public struct FraudFeatures
{
    private double _first;

    /// <summary>One feature by name.</summary>
    public double this[FraudFeature feature]
    {
        readonly get => this[(int)feature];
        set => this[(int)feature] = value;
    }

    /// <summary>The vector as single precision, the form ML.NET trains and scores on.</summary>
    public readonly void CopyTo(Span<float> target)
    {
        for (var i = 0; i < FraudFeatureNames.Count; i++)
        {
            target[i] = (float)this[i];
        }
    }

    /// <summary>A vector from stored values (in <see cref="FraudFeatureNames.All"/> order).</summary>
    public static FraudFeatures From(ReadOnlySpan<double> values)
    {
        if (values.Length != FraudFeatureNames.Count)
        {
            throw new ArgumentException($"expected {FraudFeatureNames.Count} values, got {values.Length}", nameof(values));
        }

        var features = default(FraudFeatures);
        values.CopyTo(features);
        return features;
    }
}
