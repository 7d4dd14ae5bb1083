using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Monitoring.Contracts.Json;

/// <summary>Reads ISO-8601 times from JSON strings; a time without an offset is UTC.</summary>
public static class IsoTime
{
    /// <summary>Reads the current string token as a time; false when it is not ISO-8601.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        if (!reader.TryGetDateTimeOffset(out value))
        {
            return false;
        }

        // The raw value may be escaped ("+" arrives as \u002B from System.Text.Json's default encoder).
        ReadOnlySpan<byte> raw = reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!)
            : reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!HasOffset(raw))
        {
            value = new DateTimeOffset(DateTime.SpecifyKind(value.DateTime, DateTimeKind.Utc));
        }

        return true;
    }

    private static bool HasOffset(ReadOnlySpan<byte> raw)
    {
        var t = raw.IndexOf((byte)'T');
        if (t < 0)
        {
            return false;
        }

        var time = raw[t..];
        return time.IndexOfAny((byte)'Z', (byte)'z') >= 0 || time.IndexOfAny((byte)'+', (byte)'-') >= 0;
    }
}
