using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Auth;

/// <summary>Reads the configured signing keys: base64 symmetric keys and PEM public keys (RSA or EC).</summary>
internal static class JwtSigningKeys
{
    public const int MinSymmetricBytes = 32;

    public static List<SecurityKey> Read(IEnumerable<string> configured)
    {
        var keys = new List<SecurityKey>();
        var index = 0;
        foreach (var text in configured)
        {
            keys.Add(ReadOne(text.Trim(), index++));
        }

        return keys;
    }

    private static SecurityKey ReadOne(string text, int index)
    {
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return Pem(text, index);
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw Refused(index, "is neither base64 nor a PEM public key");
        }

        return bytes.Length < MinSymmetricBytes
            ? throw Refused(index, $"is a symmetric key of {bytes.Length} bytes; use at least {MinSymmetricBytes}")
            : new SymmetricSecurityKey(bytes) { KeyId = null };
    }

    private static SecurityKey Pem(string text, int index)
    {
        if (text.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw Refused(index, "is a private key; configure the public key only");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text);
            return new RsaSecurityKey(rsa);
        }
        catch (ArgumentException)
        {
            rsa.Dispose();
        }
        catch (CryptographicException)
        {
            rsa.Dispose();
        }

        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(text);
            return new ECDsaSecurityKey(ec);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            ec.Dispose();
            throw Refused(index, "is not an RSA or EC public key in PEM");
        }
    }

    private static StartupRefusedException Refused(int index, string problem) =>
        new($"Monitoring:Jwt:SigningKeys:{index} {problem}.");
}
