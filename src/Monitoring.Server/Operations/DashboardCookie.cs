using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Operations;

/// <summary>
/// The Orleans Dashboard's browser session: a cookie the sign-in page sets for a <c>system</c> key or
/// token, signed and encrypted by ASP.NET Core data protection, HttpOnly, Secure on HTTPS,
/// SameSite=Strict, sent by the browser on <see cref="OrleansDashboardSetup.Path"/> only and read by
/// the host there only (<see cref="Applies"/>). It lasts a fixed time (no sliding) and holds the role
/// and who signed in, never the key.
/// </summary>
internal static class DashboardCookie
{
    public const string SchemeName = "OrleansDashboardCookie";
    public const string CookieName = "monitoring-orleans-dashboard";

    public static AuthenticationBuilder AddOrleansDashboardCookie(this AuthenticationBuilder auth, TimeSpan lifetime) =>
        auth.AddCookie(SchemeName, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.Path = OrleansDashboardSetup.Path;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.IsEssential = true;
            o.ExpireTimeSpan = lifetime;
            o.SlidingExpiration = false;
            o.Events = new CookieAuthenticationEvents
            {
                // A browser opening the page goes to the sign-in page (no return URL: nothing to
                // redirect elsewhere); the page's own API calls and any other client get problem+json.
                OnRedirectToLogin = context =>
                {
                    if (IsPageVisit(context.Request))
                    {
                        context.Response.Redirect(context.Request.PathBase + OrleansDashboardSetup.SignInPath);
                        return Task.CompletedTask;
                    }

                    return AuthProblems.UnauthorizedAsync(context.HttpContext,
                        $"Sign in at {OrleansDashboardSetup.SignInPath} with a system key, or send one in the {ApiKeyHandler.Header} header.");
                },
                OnRedirectToAccessDenied = context =>
                    AuthProblems.ForbiddenAsync(context.HttpContext, "Only the system role may open the Orleans Dashboard."),
            };
        });

    /// <summary>
    /// Whether a request is the cookie's to authenticate: on the dashboard's path, carrying neither an
    /// API key nor an Authorization header (those keep their own schemes there too).
    /// </summary>
    public static bool Applies(HttpRequest request) =>
        request.Path.StartsWithSegments(OrleansDashboardSetup.Path)
        && !request.Headers.ContainsKey(ApiKeyHandler.Header)
        && !request.Headers.ContainsKey("Authorization");

    /// <summary>A browser navigating (GET, asking for HTML), as opposed to a script or another client.</summary>
    public static bool IsPageVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
