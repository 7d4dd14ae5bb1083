using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Monitoring.Server.Hosting;
using Monitoring.Server.Operations;

namespace Monitoring.Server.Auth;

/// <summary>
/// Registers authentication (API keys, bearer tokens when <c>Monitoring:Jwt</c> is set, and on the
/// Orleans Dashboard's path only its session cookie) and the role policies. One forwarding scheme picks the handler per request, so the policies name no
/// scheme. The fallback policy asks every endpoint without a policy of its own for a valid
/// credential: only what is declared anonymous is open.
/// </summary>
internal static class AuthSetup
{
    public const string SchemeName = "Monitoring";

    public static IServiceCollection AddMonitoringAuth(this IServiceCollection services, JwtOptions jwt, OperationsOptions operations)
    {
        services.AddSingleton<ApiKeyStore>();
        var auth = services.AddAuthentication(SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddOrleansDashboardCookie(operations.OrleansDashboardSession)
            .AddPolicyScheme(SchemeName, "API key, bearer token or the Orleans Dashboard's cookie", o => o.ForwardDefaultSelector = context =>
                jwt.IsConfigured && CarriesToken(context.Request) ? JwtSetup.SchemeName
                : DashboardCookie.Applies(context.Request) ? DashboardCookie.SchemeName
                : ApiKeyHandler.SchemeName);
        if (jwt.IsConfigured)
        {
            auth.AddMonitoringJwt(jwt);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.IngestPolicy, p => p.RequireRole(Roles.Device, Roles.Admin))
            .AddPolicy(Roles.ReadPolicy, p => p.RequireRole(Roles.Viewer, Roles.Operator, Roles.Admin))
            .AddPolicy(Roles.ActPolicy, p => p.RequireRole(Roles.Operator, Roles.Admin))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.AuditPolicy, p => p.RequireRole(Roles.Admin, Roles.System))
            .AddPolicy(Roles.SystemPolicy, p => p.RequireRole(Roles.System))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>The tenant of the authenticated key or token.</summary>
    public static string Tenant(this ClaimsPrincipal user) =>
        user.FindFirstValue(Roles.TenantClaim) ?? throw new InvalidOperationException("Request is not authenticated.");

    /// <summary>
    /// An API key wins when one is sent. Otherwise a bearer value (or, on the hub, an
    /// <c>access_token</c>) in the three-part form of a JWT goes to the token handler. SignalR clients
    /// send their access token as a bearer header too, so a key sent that way is still a key.
    /// </summary>
    private static bool CarriesToken(HttpRequest request)
    {
        if (request.Headers.ContainsKey(ApiKeyHandler.Header))
        {
            return false;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return LooksLikeJwt(authorization.AsSpan(7).Trim());
        }

        return authorization.Length == 0 && request.Path.StartsWithSegments("/hubs")
            && LooksLikeJwt(request.Query["access_token"].ToString());
    }

    private static bool LooksLikeJwt(ReadOnlySpan<char> value) => value.Count('.') == 2 && value[0] != '.' && value[^1] != '.';
}
