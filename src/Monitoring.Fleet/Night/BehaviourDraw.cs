namespace Monitoring.Fleet.Night;

/// <summary>
/// Decides which guards get which scripted behaviour: round(share x guards) of each kind, handed
/// out over a seeded shuffle of the guards so that no guard gets two and the choice is reproducible.
/// </summary>
internal static class BehaviourDraw
{
    public static FaultKind?[] Assign(NightSettings settings)
    {
        var order = Enumerable.Range(0, settings.Guards).ToArray();
        var rng = SeedMix.Random(settings.Seed, 0, SeedMix.Behaviours);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var kinds = new FaultKind?[settings.Guards];
        var next = 0;
        foreach (var kind in Enum.GetValues<FaultKind>())
        {
            var share = settings.Shares.GetValueOrDefault(kind);
            var count = Math.Min((int)Math.Round(share * settings.Guards, MidpointRounding.AwayFromZero), order.Length - next);
            for (var n = 0; n < count; n++)
            {
                kinds[order[next++]] = kind;
            }
        }

        return kinds;
    }
}
