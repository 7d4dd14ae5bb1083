using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// The signature of webhook (and SMS gateway) requests: <c>X-Monitoring-Signature: v1=&lt;hex&gt;</c>, the
/// lower-case hex HMAC-SHA256, keyed by the channel's secret (UTF-8), of <c>{timestamp}.{body}</c> where
/// the timestamp is <c>X-Monitoring-Timestamp</c> (unix seconds, real time). docs/notifications.md says
/// how a receiver checks it.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Monitoring-Signature";
    public const string TimestampHeader = "X-Monitoring-Timestamp";
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The header value <c>v1=...</c> for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>
    /// What a receiver does: true when <paramref name="header"/> is the signature of the body at the
    /// timestamp (compared in constant time) and the timestamp is within <paramref name="tolerance"/> of <paramref name="now"/>.
    /// </summary>
    public static bool Verify(string secret, string? timestampHeader, string? header, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || header is null
            || Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header));
    }

    /// <summary>The headers of a signed request: idempotency key, timestamp and (with a secret) signature.</summary>
    internal static List<KeyValuePair<string, string>> Headers(string idempotencyKey, string? secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new(IdempotencyHeader, idempotencyKey),
            new(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture)),
        };
        if (secret is { Length: > 0 })
        {
            headers.Add(new(SignatureHeader, Sign(secret, timestamp, body)));
        }

        return headers;
    }
}
