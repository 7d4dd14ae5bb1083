using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Server.Apis;

/// <summary>
/// PagerDuty's V3 webhook signature: <c>X-PagerDuty-Signature</c> holds one or more comma-separated
/// <c>v1=&lt;hex HMAC-SHA256 of the raw body&gt;</c> (several while a secret is rotated); one made
/// with one of the given secrets suffices. Compared in constant time.
/// </summary>
internal static class PagerDutySignature
{
    public static bool Verify(string? header, ReadOnlySpan<byte> body, IEnumerable<string> secrets)
    {
        if (string.IsNullOrEmpty(header) || header.Length > 4096)
        {
            return false;
        }

        var signatures = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("v1=", StringComparison.Ordinal))
            .Select(s => TryHex(s[3..]))
            .OfType<byte[]>()
            .ToList();
        var verified = false;
        foreach (var secret in secrets)
        {
            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
            foreach (var signature in signatures)
            {
                verified |= CryptographicOperations.FixedTimeEquals(expected, signature);
            }
        }

        return verified;
    }

    /// <summary>The header value for <paramref name="body"/> under <paramref name="secret"/> (tests and tools).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static byte[]? TryHex(string hex)
    {
        try
        {
            return hex.Length == 64 ? Convert.FromHexString(hex) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
