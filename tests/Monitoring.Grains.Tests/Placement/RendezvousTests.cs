using System.Net;
using Monitoring.Grains.Placement;

namespace Monitoring.Grains.Tests.Placement;

/// <summary>Guard placement's hashing: stable per key, even over silos, and only a leaving silo's keys move.</summary>
public sealed class RendezvousTests
{
    private static readonly SiloAddress[] Three = [Silo(11111), Silo(11112), Silo(11113)];

    [Fact]
    public void Rendezvous_SameKeyAndSilos_SameSiloWhateverTheOrder()
    {
        for (var key = 0u; key < 1_000; key++)
        {
            var hash = Hash(key);
            Assert.Equal(GuardPlacementDirector.Rendezvous(Three, hash), GuardPlacementDirector.Rendezvous([.. Three.Reverse()], hash));
        }
    }

    [Fact]
    public void Rendezvous_ThreeSilos_EachHoldsAboutAThird()
    {
        var counts = Enumerable.Range(0, 30_000).GroupBy(k => GuardPlacementDirector.Rendezvous(Three, Hash((uint)k))).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(3, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, 9_000, 11_000));
    }

    [Fact]
    public void Rendezvous_SiloLeaves_OnlyItsKeysMove()
    {
        var two = Three[..2];
        var moved = 0;
        for (var key = 0u; key < 10_000; key++)
        {
            var before = GuardPlacementDirector.Rendezvous(Three, Hash(key));
            var after = GuardPlacementDirector.Rendezvous(two, Hash(key));
            if (before != Three[2])
            {
                Assert.Equal(before, after);
            }
            else
            {
                moved++;
            }
        }

        Assert.InRange(moved, 2_800, 3_900);
    }

    [Fact]
    public void Rendezvous_NoSilo_Throws() =>
        Assert.Throws<OrleansException>(() => GuardPlacementDirector.Rendezvous([], 1));

    private static SiloAddress Silo(int port) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1);

    private static uint Hash(uint key) => IdSpan.Create($"tenant/guard-{key}").GetUniformHashCode();
}
