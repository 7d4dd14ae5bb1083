using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Monitoring.Server.Auth;

/// <summary>
/// Registers API-key authentication and the role policies. The fallback policy asks every endpoint
/// without a policy of its own for a valid key: only what is declared anonymous is open.
/// </summary>
internal static class AuthSetup
{
    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.IngestPolicy, p => p.RequireRole(Roles.Device, Roles.Admin))
            .AddPolicy(Roles.ReadPolicy, p => p.RequireRole(Roles.Viewer, Roles.Operator, Roles.Admin))
            .AddPolicy(Roles.ActPolicy, p => p.RequireRole(Roles.Operator, Roles.Admin))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.SystemPolicy, p => p.RequireRole(Roles.System))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyHandler.SchemeName).RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>The tenant of the authenticated key.</summary>
    public static string Tenant(this ClaimsPrincipal user) =>
        user.FindFirstValue(Roles.TenantClaim) ?? throw new InvalidOperationException("Request is not authenticated.");
}
