using System.Security.Claims;

namespace Monitoring.Server.Auth;

/// <summary>Registers API-key authentication and the role policies.</summary>
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
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>The tenant of the authenticated key.</summary>
    public static string Tenant(this ClaimsPrincipal user) =>
        user.FindFirstValue(Roles.TenantClaim) ?? throw new InvalidOperationException("Request is not authenticated.");
}
