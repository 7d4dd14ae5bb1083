using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// The delivery log's page cursor: the (created at, delivery id) of the last row returned, opaque to
/// clients (base64url). Both outboxes order by that pair, newest first.
/// </summary>
public static class DeliveryCursor
{
    private const int MaxLength = 512;

    public static string Encode(DateTimeOffset createdAt, string deliveryId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + ":" + deliveryId));

    /// <summary>False when <paramref name="cursor"/> is not one <see cref="Encode"/> wrote; null or empty decodes to "from the top".</summary>
    public static bool TryDecode(string? cursor, out (DateTimeOffset CreatedAt, string DeliveryId)? position)
    {
        position = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        if (cursor.Length > MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || text.AsSpan(colon + 1).ContainsAnyInRange('\0', '\u001f'))
        {
            return false;
        }

        position = (new DateTimeOffset(ticks, TimeSpan.Zero), text[(colon + 1)..]);
        return true;
    }

    /// <summary>True when a row at (<paramref name="createdAt"/>, <paramref name="deliveryId"/>) comes after the position, newest first.</summary>
    public static bool IsAfter((DateTimeOffset CreatedAt, string DeliveryId) position, DateTimeOffset createdAt, string deliveryId) =>
        createdAt < position.CreatedAt
        || (createdAt == position.CreatedAt && string.CompareOrdinal(deliveryId, position.DeliveryId) < 0);
}
