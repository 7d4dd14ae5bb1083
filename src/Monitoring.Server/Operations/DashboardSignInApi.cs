using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Monitoring.Server.Auth;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Operations;

/// <summary>
/// Sign-in and sign-out for the Orleans Dashboard in a browser (<see cref="DashboardCookie"/>): the
/// page, the form's POST (a system key or bearer token in the body; same origin only) and sign-out.
/// A browser gets the page back with the reason; any other client gets problem+json.
/// </summary>
internal static partial class DashboardSignInApi
{
    private const int MaxCredential = 8192;

    public static void MapDashboardSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(OrleansDashboardSetup.SignInPath, PageAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(OrleansDashboardSetup.SignInPath, SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(OrleansDashboardSetup.SignOutPath, SignOutAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> PageAsync(HttpContext http, IOptions<MonitoringOptions> options)
    {
        var session = await http.AuthenticateAsync(DashboardCookie.SchemeName);
        return DashboardSignInPage.Render(session.Succeeded, options.Value.Operations.OrleansDashboardSession);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, ApiKeyStore keys, IOptions<MonitoringOptions> options, ILoggerFactory loggers)
    {
        var lifetime = options.Value.Operations.OrleansDashboardSession;
        if (!SameOrigin.Check(http.Request))
        {
            return Refuse(http, lifetime, StatusCodes.Status403Forbidden, "Sign in from this dashboard's own sign-in page.");
        }

        if (!http.Request.HasFormContentType)
        {
            return Refuse(http, lifetime, StatusCodes.Status415UnsupportedMediaType, "Send the sign-in form (application/x-www-form-urlencoded).");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var credential = form["credential"].ToString().Trim();
        if (credential.Length is 0 or > MaxCredential)
        {
            return IsBrowser(http)
                ? DashboardSignInPage.Render(false, lifetime, "Enter a key or token.", StatusCodes.Status400BadRequest)
                : TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["credential"] = [$"required: a system API key or a bearer token (at most {MaxCredential} characters)"],
                });
        }

        var principal = keys.Find(credential) ?? await TokenAsync(http, credential, options.Value.Jwt);
        if (principal is null)
        {
            return Refuse(http, lifetime, StatusCodes.Status401Unauthorized, "That key or token is not valid here.");
        }

        if (!principal.IsInRole(Roles.System))
        {
            return Refuse(http, lifetime, StatusCodes.Status403Forbidden, "Only the system role may open the Orleans Dashboard.");
        }

        var who = principal.FindFirstValue(Roles.SubjectClaim) ?? "key " + principal.FindFirstValue(Roles.KeyIdClaim);
        var claims = new List<Claim> { new(ClaimTypes.Role, Roles.System), new(ClaimTypes.Name, who) };
        claims.AddRange(principal.Claims.Where(c => c.Type is Roles.KeyIdClaim or Roles.SubjectClaim));
        await http.SignInAsync(DashboardCookie.SchemeName,
            new ClaimsPrincipal(new ClaimsIdentity(claims, DashboardCookie.SchemeName, ClaimTypes.Name, ClaimTypes.Role)),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = false });
        LogSignedIn(loggers.CreateLogger(typeof(DashboardSignInApi).FullName!), who);
        return SeeOther(http, "./");
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IOptions<MonitoringOptions> options)
    {
        if (!SameOrigin.Check(http.Request))
        {
            return Refuse(http, options.Value.Operations.OrleansDashboardSession, StatusCodes.Status403Forbidden,
                "Sign out from this dashboard's own sign-in page.");
        }

        await http.SignOutAsync(DashboardCookie.SchemeName);
        return SeeOther(http, "sign-in");
    }

    /// <summary>
    /// A bearer token is checked by the token scheme itself (issuer, audience, lifetime, signature and
    /// the claims rules), as if it had come in the Authorization header of this request.
    /// </summary>
    private static async Task<ClaimsPrincipal?> TokenAsync(HttpContext http, string credential, JwtOptions jwt)
    {
        if (!jwt.IsConfigured || credential.Count('.') != 2)
        {
            return null;
        }

        http.Request.Headers.Authorization = "Bearer " + credential;
        try
        {
            var result = await http.AuthenticateAsync(JwtSetup.SchemeName);
            return result.Succeeded ? result.Principal : null;
        }
        finally
        {
            http.Request.Headers.Remove("Authorization");
        }
    }

    private static IResult Refuse(HttpContext http, TimeSpan lifetime, int status, string detail) =>
        IsBrowser(http)
            ? DashboardSignInPage.Render(false, lifetime, detail, status)
            : TypedResults.Problem(title: ReasonPhrases.GetReasonPhrase(status), detail: detail, statusCode: status);

    /// <summary>A browser's form post asks for HTML; other clients get problem+json.</summary>
    private static bool IsBrowser(HttpContext http) => http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static IResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orleans Dashboard: signed in as {Who}.")]
    private static partial void LogSignedIn(ILogger logger, string who);
}
