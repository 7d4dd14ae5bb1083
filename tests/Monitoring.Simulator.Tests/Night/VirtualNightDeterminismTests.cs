using System.Security.Cryptography;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

public sealed class VirtualNightDeterminismTests
{
    [Fact]
    public void Same_seed_gives_the_same_night_byte_for_byte()
    {
        var first = new VirtualNight(Settings(42));
        var second = new VirtualNight(Settings(42));
        Assert.Equal(first.Sites, second.Sites);
        Assert.Equal(first.Faults, second.Faults);
        Assert.Equal(Hash(first), Hash(second));
    }

    [Fact]
    public void Different_seed_gives_a_different_night()
    {
        var first = new VirtualNight(Settings(42));
        var other = new VirtualNight(Settings(43));
        Assert.NotEqual(first.Faults, other.Faults);
        Assert.NotEqual(first.Sites, other.Sites);
        Assert.NotEqual(Hash(first), Hash(other));
    }

    private static NightSettings Settings(int seed) => new() { Seed = seed, Guards = 50, Sites = 5, Length = TimeSpan.FromHours(2) };

    private static string Hash(VirtualNight night)
    {
        var writer = new NightEventWriter();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var batch in night.Events().Take(50_000).Chunk(1000))
        {
            hash.AppendData(writer.Write(batch).Span);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
