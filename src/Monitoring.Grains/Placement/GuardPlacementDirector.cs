using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Placement;

namespace Monitoring.Grains.Placement;

/// <summary>
/// Places device and guard grains by <see cref="GuardPlacementMode"/>. Local and resource hand over
/// to Orleans' own directors; guard mode hashes the guard's key onto the active silos, the guard
/// grain by its own key and a device grain by the guard its first call names
/// (<see cref="GuardPlacementHint"/>), so both land on one silo wherever the batch came in. A
/// migration's placement hint always wins.
/// </summary>
internal sealed class GuardPlacementDirector(IServiceProvider services, GuardPlacementMode mode) : IPlacementDirector
{
    private readonly IPlacementDirector _local = services.GetRequiredKeyedService<IPlacementDirector>(typeof(PreferLocalPlacement));
    private readonly IPlacementDirector _resource = services.GetRequiredKeyedService<IPlacementDirector>(typeof(ResourceOptimizedPlacement));
    private static readonly PreferLocalPlacement LocalStrategy = new();
    private static readonly ResourceOptimizedPlacement ResourceStrategy = new();

    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        switch (mode)
        {
            case GuardPlacementMode.Resource:
                return _resource.OnAddActivation(ResourceStrategy, target, context);
            case GuardPlacementMode.Guard when GuardPlacementHint.KeyHash(target) is { } hash:
                var silos = context.GetCompatibleSilos(target);
                return Task.FromResult(IPlacementDirector.GetPlacementHint(target.RequestContextData, silos) ?? Rendezvous(silos, hash));
            default:
                return _local.OnAddActivation(LocalStrategy, target, context);
        }
    }

    /// <summary>The silo with the highest mixed hash for the key: only the keys of a silo that comes or goes move.</summary>
    internal static SiloAddress Rendezvous(SiloAddress[] silos, uint keyHash)
    {
        if (silos.Length == 0)
        {
            throw new OrleansException("No active silo can host the grain.");
        }

        var best = silos[0];
        var bestScore = 0UL;
        foreach (var silo in silos)
        {
            var score = Mix(((ulong)(uint)silo.GetConsistentHashCode() << 32) | keyHash);
            if (score >= bestScore)
            {
                (best, bestScore) = (silo, score);
            }
        }

        return best;
    }

    /// <summary>A 64-bit finalizer (splitmix): every input bit moves every output bit.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
