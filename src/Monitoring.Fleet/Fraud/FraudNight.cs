using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Fraud;

/// <summary>
/// A seeded night of attendance fraud: sites, one plan per guard (honest or one fraud behaviour,
/// its act's window), every guard's events and the ground truth of each attendance event. The same
/// settings give the same night; events come in delivery order (time, then guard, then the guard's order).
/// </summary>
internal sealed class FraudNight
{
    private const int PlanStream = 10;
    private readonly List<NightEvent> _events;
    private readonly List<FraudEventTruth> _truth = [];

    public FraudNight(FraudNightSettings settings)
    {
        settings.Validate();
        Settings = settings;
        Sites = [.. SiteCatalog.Build(settings.Seed, settings.Sites).Select(site => site with { Id = $"{settings.IdPrefix}-{site.Id}" })];
        var layouts = Sites.Select((site, i) => new SiteLayout(settings.Seed, i, site)).ToArray();
        Guards = [.. Enumerable.Range(0, settings.Guards).Select(i => Plan(settings, Sites, i))];
        var events = new List<NightEvent>();
        foreach (var plan in Guards)
        {
            var script = new FraudScript(plan, layouts[plan.SiteIndex], settings.Seed);
            events.AddRange(script.Events);
            _truth.AddRange(script.Truth);
        }

        // A stable order: each phone's events stay in seq order.
        _events = [.. events.OrderBy(e => e.Ts).ThenBy(e => e.Guard)];
    }

    public FraudNightSettings Settings { get; }

    public IReadOnlyList<NightSite> Sites { get; }

    public IReadOnlyList<FraudGuardPlan> Guards { get; }

    /// <summary>Every event of the night in delivery order.</summary>
    public IReadOnlyList<NightEvent> Events => _events;

    /// <summary>Ground truth of every attendance event, by guard.</summary>
    public IReadOnlyList<FraudEventTruth> Truth => _truth;

    private static FraudGuardPlan Plan(FraudNightSettings s, IReadOnlyList<NightSite> sites, int i)
    {
        var rng = SeedMix.Random(s.Seed, i, PlanStream);
        var siteIndex = i % sites.Count;
        var start = s.Start + rng.Seconds(0, 600);
        var end = start + s.Length;
        var kinds = Enum.GetValues<FraudBehaviour>()[1..];
        var behaviour = rng.NextDouble() < s.FraudShare ? kinds[rng.Next(kinds.Length)] : FraudBehaviour.Honest;
        var (actStart, minutes) = behaviour switch
        {
            FraudBehaviour.SharedIdentity => (start, rng.Between(30, 60)),
            FraudBehaviour.OutsideFenceClockIn => (start, rng.Between(15, 30)),
            FraudBehaviour.CheckpointsWithoutWalking or FraudBehaviour.BiometricOtherPhone => (Mid(start, s.Length, rng), 10.0),
            FraudBehaviour.Honest => (end, 0.0),
            _ => (Mid(start, s.Length, rng), rng.Between(20, 30)),
        };
        return new FraudGuardPlan(i, $"{s.IdPrefix}-g-{i}", $"{s.IdPrefix}-d-{i}", siteIndex, sites[siteIndex].Id, start, end, behaviour,
            actStart, actStart + TimeSpan.FromSeconds(Math.Round(minutes * 60)));
    }

    // Somewhere after the first half hour, ending at least 35 minutes before the shift does.
    private static DateTimeOffset Mid(DateTimeOffset start, TimeSpan length, Random rng) =>
        start + TimeSpan.FromSeconds(Math.Round(rng.Between(30, Math.Max(31, length.TotalMinutes - 65)) * 60));
}
