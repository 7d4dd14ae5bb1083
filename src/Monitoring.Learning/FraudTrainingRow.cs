using Microsoft.ML.Data;

namespace Monitoring.Learning;

/// <summary>One training row as ML.NET reads it: the 12 features in vector order and the label (true = fraud).</summary>
internal sealed class FraudTrainingRow
{
    [VectorType(12)]
    public float[] Features { get; init; } = [];

    public bool Label { get; init; }
}
