using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Monitoring.Server.Apis;
using Monitoring.Server.Hosting;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Auth;

/// <summary>
/// Turns a validated token's claims into the principal an API key yields (tenant, roles, a key id for
/// the rate limiter), plus the subject, so every policy and every tenant check works unchanged. The
/// token's own claims go no further than this: nothing else sees the raw claim set.
/// </summary>
internal static class TokenPrincipal
{
    public const string AuthenticationType = "Bearer";

    private static readonly char[] RoleSeparators = [',', ' '];

    /// <summary>The principal, or null with the reason the token is refused (no subject, no valid tenant).</summary>
    public static ClaimsPrincipal? Create(ClaimsPrincipal token, JwtOptions options, out string? problem)
    {
        problem = null;
        var subject = token.FindFirstValue(Roles.SubjectClaim);
        var nameErrors = new Dictionary<string, string[]>();
        if (!OperatorText.CheckName(subject, Roles.SubjectClaim, nameErrors))
        {
            problem = "The token's subject (sub) is missing or not a name: one line of at most 128 characters.";
            return null;
        }

        var roles = token.FindAll(options.RoleClaim)
            .SelectMany(c => c.Value.Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(Roles.IsKnown)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var tenants = token.FindAll(options.TenantClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        var systemOnly = roles is [Roles.System];
        if (tenants.Count > 1 || (tenants.Count == 1 && !Ids.IsValid(tenants[0])) || (tenants.Count == 0 && !systemOnly))
        {
            problem = $"The token's tenant claim ({options.TenantClaim}) must name exactly one tenant: {Ids.Rule}.";
            return null;
        }

        var claims = roles.Select(r => new Claim(ClaimTypes.Role, r)).ToList();
        claims.Add(new Claim(ClaimTypes.Name, subject!));
        claims.Add(new Claim(Roles.SubjectClaim, subject!));
        claims.Add(new Claim(Roles.KeyIdClaim, KeyId(token.FindFirstValue("iss"), subject!)));
        if (tenants.Count == 1)
        {
            claims.Add(new Claim(Roles.TenantClaim, tenants[0]));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The token's subject when the caller signed in with a token; null for an API key.</summary>
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirstValue(Roles.SubjectClaim);

    // The rate limiter's partition: one bucket per person, whatever token they present.
    private static string KeyId(string? issuer, string subject) =>
        "jwt-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{issuer}|{subject}")).AsSpan(0, 8));
}
