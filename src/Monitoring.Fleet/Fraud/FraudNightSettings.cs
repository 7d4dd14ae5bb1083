namespace Monitoring.Fleet.Fraud;

/// <summary>
/// A fraud night: the seed that fixes everything, the fleet, the sites, when the shifts start and
/// how long they last, and the share of guards that commit one of the fraud behaviours (spread
/// evenly over the kinds; the rest are honest).
/// </summary>
internal sealed record FraudNightSettings
{
    public int Seed { get; init; } = 1;

    public int Guards { get; init; } = 150;

    public int Sites { get; init; } = 10;

    public DateTimeOffset Start { get; init; } = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);

    public TimeSpan Length { get; init; } = TimeSpan.FromHours(2);

    public double FraudShare { get; init; } = 0.4;

    /// <summary>What every id of the night starts with (sites, guards, phones): <c>fn{seed}</c> unless set, so two nights never share an id.</summary>
    public string? Prefix { get; init; }

    public string IdPrefix => Prefix ?? $"fn{Seed}";

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Guards, 1, nameof(Guards));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Guards, 10_000, nameof(Guards));
        ArgumentOutOfRangeException.ThrowIfLessThan(Sites, 1, nameof(Sites));
        ArgumentOutOfRangeException.ThrowIfLessThan(Length, TimeSpan.FromMinutes(90), nameof(Length));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Length, TimeSpan.FromHours(12), nameof(Length));
        if (FraudShare is < 0 or > 1 || double.IsNaN(FraudShare))
        {
            throw new ArgumentOutOfRangeException(nameof(FraudShare), "The fraud share must lie in 0..1.");
        }
    }
}
