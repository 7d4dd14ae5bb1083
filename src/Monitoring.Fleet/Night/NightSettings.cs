namespace Monitoring.Fleet.Night;

/// <summary>
/// What a virtual night looks like: the seed that fixes everything, the fleet size, the number of
/// sites, when the shifts start (UTC) and how long they last, and the share of guards given each
/// scripted behaviour. A guard gets at most one behaviour; the guards left over behave normally.
/// </summary>
internal sealed record NightSettings
{
    public const int MaxGuards = 100_000;

    public int Seed { get; init; } = 1;

    public int Guards { get; init; } = 1_000;

    public int Sites { get; init; } = 50;

    public DateTimeOffset Start { get; init; } = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);

    public TimeSpan Length { get; init; } = TimeSpan.FromHours(10);

    /// <summary>Share of the guards (0..1) scripted with each behaviour; kinds left out get none.</summary>
    public IReadOnlyDictionary<FaultKind, double> Shares { get; init; } = DefaultShares();

    /// <summary>
    /// How long after its shift start a behaviour may begin at the earliest: 45 min by default, so
    /// the 30-minute activity window has filled. A demo shortens it so faults show within minutes.
    /// </summary>
    public TimeSpan FaultDelay { get; init; } = FaultWindows.Settle;

    /// <summary>
    /// How far past <see cref="FaultDelay"/> a behaviour may begin; null (the default): anywhere
    /// the shift leaves room for. A demo bounds it so every fault begins early in a long shift.
    /// </summary>
    public TimeSpan? FaultSpread { get; init; }

    /// <summary>
    /// When set, the first guard scripted with a shared identity begins it at this time (its shift
    /// starting at least 30 s before), and its second phone raises <c>concurrent_device</c> at its
    /// first event: a demo shows its first alert within a minute. Null (the default): drawn like the rest.
    /// </summary>
    public DateTimeOffset? LeadFaultAt { get; init; }

    /// <summary>2 % of the guards for each fault, 5 % for each valid behaviour (33 % in all).</summary>
    public static IReadOnlyDictionary<FaultKind, double> DefaultShares() =>
        Enum.GetValues<FaultKind>().ToDictionary(k => k, k => FaultAlerts.Of(k).Count == 0 ? 0.05 : 0.02);

    /// <summary>The same share for every kind (tests and demos that want every behaviour often).</summary>
    public static IReadOnlyDictionary<FaultKind, double> EvenShares(double share) =>
        Enum.GetValues<FaultKind>().ToDictionary(k => k, _ => share);

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Guards, 1, nameof(Guards));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Guards, MaxGuards, nameof(Guards));
        ArgumentOutOfRangeException.ThrowIfLessThan(Sites, 1, nameof(Sites));
        ArgumentOutOfRangeException.ThrowIfLessThan(Length, TimeSpan.FromHours(1), nameof(Length));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Length, TimeSpan.FromHours(24), nameof(Length));
        ArgumentOutOfRangeException.ThrowIfLessThan(FaultDelay, TimeSpan.Zero, nameof(FaultDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(FaultSpread ?? TimeSpan.Zero, TimeSpan.Zero, nameof(FaultSpread));
        if (Shares.Values.Any(s => s is < 0 or > 1 || double.IsNaN(s)) || Shares.Values.Sum() > 1.0 + 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(Shares), "Each share must lie in 0..1 and together at most 1.");
        }
    }
}
