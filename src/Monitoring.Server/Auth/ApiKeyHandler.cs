using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Auth;

/// <summary>
/// Authenticates <c>X-Api-Key</c> (or, for the SignalR hub, the <c>access_token</c> query value)
/// and answers 401 and 403 as problem+json.
/// </summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        if (key.Length == 0 && Request.Path.StartsWithSegments("/hubs"))
        {
            key = Request.Query["access_token"].ToString();
        }

        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(keys.Find(key) is { } principal
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName))
            : AuthenticateResult.Fail("Unknown API key."));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(
            title: "Unauthorized",
            detail: $"Send a valid API key in the {Header} header.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(
            title: "Forbidden",
            detail: "This API key's role does not allow this request.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
}
