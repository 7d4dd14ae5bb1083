using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Monitoring.Server.Apis;

/// <summary>An opaque position in a newest-first list: the (time, id) of the last item returned.</summary>
internal static class PageCursor
{
    public static string Encode(DateTimeOffset at, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks}|{id}")));

    /// <summary>
    /// The position an optional <c>cursor</c> parameter names: none for an absent or empty one; false
    /// for one this API never handed out.
    /// </summary>
    public static bool TryDecodeOptional(string? cursor, out DateTimeOffset? at, out string? id)
    {
        (at, id) = (null, null);
        if (cursor is not { Length: > 0 })
        {
            return true;
        }

        if (!TryDecode(cursor, out var decodedAt, out var decodedId))
        {
            return false;
        }

        (at, id) = (decodedAt, decodedId);
        return true;
    }

    public static bool TryDecode(string cursor, out DateTimeOffset at, out string id)
    {
        at = default;
        id = "";
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || !long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            at = new DateTimeOffset(ticks, TimeSpan.Zero);
            id = text[(bar + 1)..];
            // The id goes into a query as text: a control character (NUL above all) or a broken
            // surrogate is no id this API ever handed out.
            return id.Length > 0 && !id.Any(c => char.IsControl(c) || char.IsSurrogate(c));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
