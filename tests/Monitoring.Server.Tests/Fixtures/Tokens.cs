using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// The bearer-token settings every test host trusts (an issuer, an audience, one symmetric key and
/// one RSA public key), and tokens signed as an identity provider would sign them. Lifetimes are
/// real time: a token's expiry is checked against the real clock, never the host's manual one.
/// </summary>
public static class Tokens
{
    public const string Issuer = "https://id.example.test/";
    public const string Audience = "monitoring-api";

    /// <summary>A 32-byte HMAC key, base64.</summary>
    public static readonly string SymmetricKey = Convert.ToBase64String(SHA256.HashData("monitoring tests signing key"u8));

    private static readonly RSA Rsa = RSA.Create(2048);

    /// <summary>The RSA public key in PEM, as a host is configured with it.</summary>
    public static readonly string RsaPublicPem = Rsa.ExportSubjectPublicKeyInfoPem();

    /// <summary>The host settings that trust these tokens.</summary>
    public static IEnumerable<string> HostArguments =>
    [
        "--Monitoring:Jwt:Issuer=" + Issuer,
        "--Monitoring:Jwt:Audience=" + Audience,
        "--Monitoring:Jwt:SigningKeys:0=" + SymmetricKey,
        "--Monitoring:Jwt:SigningKeys:1=" + RsaPublicPem,
    ];

    /// <summary>A token for <paramref name="subject"/> of <paramref name="tenant"/> (none when null) with <paramref name="roles"/>.</summary>
    public static string For(string subject, string? tenant, params string[] roles) => Create(new TokenSpec(subject, tenant, roles));

    public static string Create(TokenSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (spec.Subject is not null)
        {
            claims["sub"] = spec.Subject;
        }

        if (spec.Tenant is not null)
        {
            claims["tenant"] = spec.Tenant;
        }

        claims["roles"] = spec.Roles;
        var expires = now + spec.ExpiresIn;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            Claims = claims,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = spec.Signer switch
            {
                TokenSigner.Rsa => new SigningCredentials(new RsaSecurityKey(Rsa), SecurityAlgorithms.RsaSha256),
                TokenSigner.Stranger => new SigningCredentials(
                    new SymmetricSecurityKey(SHA256.HashData("a key nobody configured"u8)), SecurityAlgorithms.HmacSha256),
                _ => new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(SymmetricKey)), SecurityAlgorithms.HmacSha256),
            },
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
