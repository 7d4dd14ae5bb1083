namespace Monitoring.Fleet.Night;

/// <summary>
/// Derives independent, reproducible seeds from the night's seed, an index and a stream number
/// (a SplitMix64 finaliser), so each guard and site draws from its own <see cref="Random"/> and a
/// change in one never shifts the draws of another.
/// </summary>
internal static class SeedMix
{
    public const int GuardPlan = 0;
    public const int GuardEvents = 1;
    public const int SiteCatalog = 2;
    public const int Behaviours = 3;
    public const int SiteLayout = 4;

    public static int Of(int seed, int index, int stream)
    {
        unchecked
        {
            var z = (((ulong)(uint)seed << 32) | (uint)index) + (((ulong)(uint)stream + 1) * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFF_FFFF);
        }
    }

    public static Random Random(int seed, int index, int stream) => new(Of(seed, index, stream));
}
