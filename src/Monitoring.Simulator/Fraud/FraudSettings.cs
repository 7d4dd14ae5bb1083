using Monitoring.Fleet.Fraud;

namespace Monitoring.Simulator.Fraud;

/// <summary>
/// What the <c>fraud</c> verb runs: the host, the training night's seed and the held-out night's,
/// the size of each night, the replay step, and how long to wait for training.
/// </summary>
internal sealed record FraudSettings(
    Uri Url, string Key, int Guards, int Sites, double Hours, double FraudShare, int Seed, int HoldoutSeed, int Step, TimeSpan TrainTimeout)
{
    public FraudNightSettings Night(int seed, DateTimeOffset start) => new()
    {
        Seed = seed,
        Guards = Guards,
        Sites = Sites,
        Start = start,
        Length = TimeSpan.FromHours(Hours),
        FraudShare = FraudShare,
    };
}
