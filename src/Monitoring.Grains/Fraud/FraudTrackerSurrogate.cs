namespace Monitoring.Grains.Fraud;

/// <summary>The stored form of a guard's <c>FraudTracker</c>: its packed bytes.</summary>
[GenerateSerializer, Immutable, Alias("fraud-tracker")]
public readonly struct FraudTrackerSurrogate(byte[] packed)
{
    [Id(0)] public readonly byte[] Packed = packed;
}
