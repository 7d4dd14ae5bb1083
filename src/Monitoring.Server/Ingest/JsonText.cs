using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Decodes a JSON string token (its bytes as written, between the quotes) into characters without
/// ever throwing: invalid UTF-8 and lone surrogates, which make <c>Utf8JsonReader.GetString</c> and
/// <c>CopyString</c> throw, come back as <see cref="TextStatus.Invalid"/> instead.
/// </summary>
internal static class JsonText
{
    /// <summary>C0 controls, DEL and C1 controls: never part of an id, a name or a network type.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>
    /// Decodes <paramref name="raw"/> into <paramref name="destination"/>. An unescaped token (the
    /// common case) is one validating transcode; an escaped one is unescaped here, a run at a time.
    /// </summary>
    public static TextStatus Decode(ReadOnlySpan<byte> raw, bool escaped, Span<char> destination, out int written)
    {
        written = 0;
        if (!escaped)
        {
            return Transcode(raw, destination, ref written);
        }

        while (true)
        {
            var backslash = raw.IndexOf((byte)'\\');
            var status = Transcode(backslash < 0 ? raw : raw[..backslash], destination, ref written);
            if (status != TextStatus.Ok || backslash < 0)
            {
                return status == TextStatus.Ok ? CheckSurrogates(destination[..written]) : status;
            }

            raw = raw[backslash..];
            if (raw.Length < 2 || !Unescape(ref raw, out var c))
            {
                return TextStatus.Invalid;
            }

            if (written == destination.Length)
            {
                return TextStatus.TooLong;
            }

            destination[written++] = c;
        }
    }

    /// <summary>Whether decoded text holds a C0 or C1 control character or DEL.</summary>
    public static bool HasControl(ReadOnlySpan<char> text) => text.ContainsAny(Controls);

    private static TextStatus Transcode(ReadOnlySpan<byte> utf8, Span<char> destination, ref int written)
    {
        var status = Utf8.ToUtf16(utf8, destination[written..], out _, out var chars, replaceInvalidSequences: false);
        written += chars;
        return status switch
        {
            OperationStatus.Done => TextStatus.Ok,
            OperationStatus.DestinationTooSmall => TextStatus.TooLong,
            _ => TextStatus.Invalid,
        };
    }

    /// <summary>One escape at the start of <paramref name="raw"/> (the reader has checked its syntax; this checks again rather than trust it).</summary>
    private static bool Unescape(ref ReadOnlySpan<byte> raw, out char c)
    {
        c = raw[1] switch
        {
            (byte)'"' => '"',
            (byte)'\\' => '\\',
            (byte)'/' => '/',
            (byte)'b' => '\b',
            (byte)'f' => '\f',
            (byte)'n' => '\n',
            (byte)'r' => '\r',
            (byte)'t' => '\t',
            _ => '\0',
        };
        if (raw[1] != (byte)'u')
        {
            raw = raw[2..];
            return c != '\0';
        }

        if (raw.Length < 6 || !ushort.TryParse(raw.Slice(2, 4), NumberStyles.AllowHexSpecifier, null, out var unit))
        {
            return false;
        }

        c = (char)unit;
        raw = raw[6..];
        return true;
    }

    /// <summary>Escapes may spell a surrogate half on its own ("\ud800"): such text is not UTF-16.</summary>
    private static TextStatus CheckSurrogates(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return TextStatus.Ok;
        }

        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return TextStatus.Invalid;
            }
        }

        return TextStatus.Ok;
    }
}
