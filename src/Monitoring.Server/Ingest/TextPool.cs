using System.Collections.Concurrent;

namespace Monitoring.Server.Ingest;

/// <summary>
/// One shared string per value for the telemetry fields that repeat across events and phones (network
/// type, site, checkpoint and task ids). A value read from a body is looked up by its characters, so a
/// known value costs no allocation; and the copy a phone keeps in its readings is an old object, which
/// the collector never has to trace from the long-lived grain state. Bounded: beyond
/// <see cref="MaxValues"/> values, new ones are returned unpooled.
/// </summary>
internal static class TextPool
{
    public const int MaxValues = 10_000;
    public const int MaxLength = 64;

    private static readonly ConcurrentDictionary<string, string> Values = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByChars =
        Values.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    public static string Get(ReadOnlySpan<char> text)
    {
        if (ByChars.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var value = text.ToString();
        if (text.Length <= MaxLength && Volatile.Read(ref _count) < MaxValues && Values.TryAdd(value, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
