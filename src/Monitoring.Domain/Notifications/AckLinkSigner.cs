using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Domain.Notifications;

/// <summary>
/// Signs and checks one-click acknowledge links: the token is the URL-safe base64 of the claims
/// (tenant, alert, contact, expiry in Unix seconds, one per line), a dot, and the URL-safe base64 of
/// their HMAC-SHA256 under the host's key. The signature is compared in constant time and checked
/// before the expiry, so a tampered token never reads as merely expired.
/// </summary>
public sealed class AckLinkSigner
{
    private const int MaxTokenLength = 2048;
    private readonly byte[] _key;

    public AckLinkSigner(ReadOnlySpan<byte> key)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("The link key needs at least 16 bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    public string Sign(AckLinkClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        string[] parts = [claims.Tenant, claims.AlertId, claims.ContactId];
        if (parts.Any(p => string.IsNullOrEmpty(p) || p.Contains('\n', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Tenant, alert and contact must be non-empty single lines.", nameof(claims));
        }

        var payload = Encoding.UTF8.GetBytes(string.Join('\n', [.. parts, claims.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)]));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Checks <paramref name="token"/>; the claims are returned when the signature holds (expired or not).</summary>
    public AckLinkVerdict Verify(string? token, DateTimeOffset now, out AckLinkClaims? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return AckLinkVerdict.Invalid;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(token.AsSpan(0, dot), out var payload) || !TryDecode(token.AsSpan(dot + 1), out var mac)
            || !CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_key, payload)))
        {
            return AckLinkVerdict.Invalid;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 4 || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return AckLinkVerdict.Invalid;
        }

        claims = new AckLinkClaims(parts[0], parts[1], parts[2], DateTimeOffset.FromUnixTimeSeconds(seconds));
        return now >= claims.ExpiresAt ? AckLinkVerdict.Expired : AckLinkVerdict.Valid;
    }

    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.IsEmpty || !Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == length;
    }
}
