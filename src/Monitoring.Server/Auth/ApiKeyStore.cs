using System.Collections.Frozen;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Auth;

/// <summary>
/// The configured API keys, each resolved once to a principal carrying its tenant and role.
/// With no key configured it holds one development key (admin of tenant <c>dev</c>).
/// </summary>
internal sealed class ApiKeyStore
{
    public const string DevelopmentTenant = "dev";

    private readonly FrozenDictionary<string, ClaimsPrincipal> _principals;

    public ApiKeyStore(IOptions<MonitoringOptions> options)
    {
        var keys = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k.Key)).ToList();
        foreach (var key in keys)
        {
            if (!Roles.IsKnown(key.Role) || string.IsNullOrWhiteSpace(key.Tenant) || key.Tenant.Contains('/', StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"API key ending '{key.Key[^Math.Min(4, key.Key.Length)..]}' needs a tenant without '/' and a role of {string.Join(", ", Roles.All)}.");
            }
        }

        if (keys.Count == 0)
        {
            DevelopmentKey = options.Value.DevelopmentKey is { Length: > 0 } fixedKey
                ? fixedKey
                : "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            keys.Add(new ApiKeyOptions { Key = DevelopmentKey, Tenant = DevelopmentTenant, Role = Roles.Admin });
        }

        _principals = keys.ToFrozenDictionary(k => k.Key, Principal, StringComparer.Ordinal);
    }

    /// <summary>The development key, when the host runs without configured keys.</summary>
    public string? DevelopmentKey { get; }

    public ClaimsPrincipal? Find(string key) => _principals.GetValueOrDefault(key);

    private static ClaimsPrincipal Principal(ApiKeyOptions key) => new(new ClaimsIdentity(
        [new Claim(Roles.TenantClaim, key.Tenant), new Claim(ClaimTypes.Role, key.Role), .. DeviceScope.ClaimsFor(key)],
        ApiKeyHandler.SchemeName, ClaimTypes.Name, ClaimTypes.Role));
}
