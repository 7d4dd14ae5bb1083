namespace Monitoring.Contracts.Fraud;

/// <summary>A model's quality on its held-out rows at the 0.5 threshold: precision, recall, F1, accuracy and the confusion counts.</summary>
[GenerateSerializer, Immutable, Alias("fraud-model-metrics")]
public sealed record FraudModelMetrics(
    [property: Id(0)] double Precision,
    [property: Id(1)] double Recall,
    [property: Id(2)] double F1,
    [property: Id(3)] double Accuracy,
    [property: Id(4)] int TruePositives,
    [property: Id(5)] int FalsePositives,
    [property: Id(6)] int TrueNegatives,
    [property: Id(7)] int FalseNegatives);
