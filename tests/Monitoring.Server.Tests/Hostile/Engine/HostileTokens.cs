using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Bearer tokens no host should take: well-formed JWTs claiming tenant A's admin and system roles,
/// signed with a key nobody configured, or not signed at all (<c>alg: none</c>).
/// </summary>
internal static class HostileTokens
{
    public static string Forged() => Token("HS256", RandomNumberGenerator.GetBytes(32));

    public static string Unsigned() => Token("none", null);

    private static string Token(string algorithm, byte[]? key)
    {
        var header = Part($"{{\"alg\":\"{algorithm}\",\"typ\":\"JWT\"}}");
        var payload = Part($"{{\"sub\":\"intruder\",\"tenant\":\"{HostileTarget.TenantA}\",\"roles\":[\"admin\",\"system\"],"
            + "\"iss\":\"https://id.example.test/\",\"aud\":\"monitoring-api\",\"exp\":4102444800}");
        var signature = key is null ? "" : Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(header + "." + payload)));
        return $"{header}.{payload}.{signature}";
    }

    private static string Part(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
