namespace Monitoring.Fleet.Night;

/// <summary>
/// Plans guard i from its own seeded draws: site i mod M, a shift starting 0-5 min after the
/// night's start, planned to end 8-12 min before the night's length is up (so shift_end, sent up to
/// 2 min late, still falls inside the night), and the window of its behaviour if it has one.
/// </summary>
internal static class GuardPlanner
{
    public static GuardPlan Plan(NightSettings settings, IReadOnlyList<NightSite> sites, FaultKind? kind, int index)
    {
        var rng = SeedMix.Random(settings.Seed, index, SeedMix.GuardPlan);
        var siteIndex = index % sites.Count;
        var shiftStart = settings.Start + WholeSeconds(rng.Between(0, 300));
        var plannedEnd = shiftStart + settings.Length - WholeSeconds(rng.Between(480, 720));
        var endAt = plannedEnd + WholeSeconds(rng.Between(0, 120));
        var guardId = $"g-{index}";
        var deviceId = $"d-{index}";
        FaultTruth? truth = null;
        if (kind is { } k && FaultWindows.Draw(k, shiftStart, plannedEnd, rng, settings.FaultDelay, settings.FaultSpread) is { } window)
        {
            truth = new FaultTruth($"f-{index}", k, guardId, deviceId, sites[siteIndex].Id, window.StartsAt, window.EndsAt);
        }

        return new GuardPlan(index, guardId, deviceId, siteIndex, sites[siteIndex].Id, shiftStart, plannedEnd, endAt, truth);
    }

    /// <summary>The plan with its behaviour moved to begin at <paramref name="at"/>, for as long as it was drawn, the shift starting 30 s before it at the latest.</summary>
    public static GuardPlan Lead(GuardPlan plan, DateTimeOffset at)
    {
        var behaviour = plan.Behaviour!;
        var start = plan.ShiftStart < at - LeadSettle ? plan.ShiftStart : at - LeadSettle;
        return plan with
        {
            ShiftStart = start,
            Behaviour = behaviour with { StartsAt = at, EndsAt = at + (behaviour.EndsAt - behaviour.StartsAt) },
        };
    }

    private static readonly TimeSpan LeadSettle = TimeSpan.FromSeconds(30);

    private static TimeSpan WholeSeconds(double seconds) => TimeSpan.FromSeconds(Math.Round(seconds));
}
