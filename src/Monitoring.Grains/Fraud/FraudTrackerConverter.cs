using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Fraud;

/// <summary>Stores a <see cref="FraudTracker"/> as its packed bytes (the Domain type knows nothing of Orleans).</summary>
[RegisterConverter]
public sealed class FraudTrackerConverter : IConverter<FraudTracker, FraudTrackerSurrogate>
{
    public FraudTracker ConvertFromSurrogate(in FraudTrackerSurrogate surrogate) =>
        FraudTracker.Unpack(surrogate.Packed ?? []);

    public FraudTrackerSurrogate ConvertToSurrogate(in FraudTracker value)
    {
        var packed = new byte[FraudTracker.PackedSize];
        value.Pack(packed);
        return new FraudTrackerSurrogate(packed);
    }
}
