using System.Collections.Frozen;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Auth;

/// <summary>
/// The configured API keys, each resolved once to a principal carrying its tenant and role.
/// With no key configured it holds one development key: admin of tenant <c>dev</c>, and
/// <c>system</c> so that one key drives a first night and a manual-clock replay.
/// </summary>
internal sealed class ApiKeyStore
{
    public const string DevelopmentTenant = "dev";
    public const string DevelopmentRoles = Roles.Admin + "," + Roles.System;

    private readonly FrozenDictionary<string, ClaimsPrincipal> _principals;

    public ApiKeyStore(IOptions<MonitoringOptions> options)
    {
        var keys = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k.Key)).ToList();
        foreach (var key in keys)
        {
            var roles = Roles.Parse(key.Role);
            var systemOnly = roles is [Roles.System];
            if (roles.Length == 0 || !roles.All(Roles.IsKnown) || key.Tenant.Contains('/', StringComparison.Ordinal)
                || (!systemOnly && string.IsNullOrWhiteSpace(key.Tenant)))
            {
                throw new InvalidOperationException(
                    $"API key ending '{key.Key[^Math.Min(4, key.Key.Length)..]}' needs a tenant without '/' (optional for role system alone) " +
                    $"and a role of {string.Join(", ", Roles.All)}, or several separated by commas.");
            }
        }

        if (keys.Count == 0)
        {
            DevelopmentKey = options.Value.DevelopmentKey is { Length: > 0 } fixedKey
                ? fixedKey
                : "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            keys.Add(new ApiKeyOptions { Key = DevelopmentKey, Tenant = DevelopmentTenant, Role = DevelopmentRoles });
        }

        _principals = keys.ToFrozenDictionary(k => k.Key, Principal, StringComparer.Ordinal);
    }

    /// <summary>The development key, when the host runs without configured keys.</summary>
    public string? DevelopmentKey { get; }

    public ClaimsPrincipal? Find(string key) => _principals.GetValueOrDefault(key);

    private static ClaimsPrincipal Principal(ApiKeyOptions key)
    {
        var claims = Roles.Parse(key.Role).Select(r => new Claim(ClaimTypes.Role, r)).ToList();
        claims.Add(new Claim(Roles.KeyIdClaim, KeyId(key.Key)));
        if (!string.IsNullOrWhiteSpace(key.Tenant))
        {
            claims.Add(new Claim(Roles.TenantClaim, key.Tenant));
        }

        claims.AddRange(DeviceScope.ClaimsFor(key));

        return new(new ClaimsIdentity(claims, ApiKeyHandler.SchemeName, ClaimTypes.Name, ClaimTypes.Role));
    }

    private static string KeyId(string key) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
}
