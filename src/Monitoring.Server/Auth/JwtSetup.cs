using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Auth;

/// <summary>
/// Bearer tokens (JWT) beside the API keys: issuer, audience and signing keys from settings, or the
/// keys of an authority's discovery document. A valid token becomes the same principal an API key
/// yields (<see cref="TokenPrincipal"/>); every refusal is problem+json.
/// </summary>
internal static class JwtSetup
{
    public const string SchemeName = JwtBearerDefaults.AuthenticationScheme;

    public static AuthenticationBuilder AddMonitoringJwt(this AuthenticationBuilder auth, JwtOptions options)
    {
        var keys = Check(options);
        return auth.AddJwtBearer(SchemeName, o =>
        {
            o.MapInboundClaims = false;
            o.Audience = options.Audience;
            o.RequireHttpsMetadata = options.RequireHttpsMetadata;
            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                o.Authority = options.Authority;
            }

            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = string.IsNullOrWhiteSpace(options.Issuer) ? null : options.Issuer,
                ValidateAudience = true,
                ValidAudience = options.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                IssuerSigningKeys = keys,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            o.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    // Browsers cannot set headers on a WebSocket: the hub takes the token from the query.
                    if (string.IsNullOrEmpty(context.Request.Headers.Authorization) && context.Request.Path.StartsWithSegments("/hubs"))
                    {
                        context.Token = context.Request.Query["access_token"];
                    }

                    return Task.CompletedTask;
                },
                OnTokenValidated = context =>
                {
                    if (TokenPrincipal.Create(context.Principal!, options, out var problem) is { } principal)
                    {
                        context.Principal = principal;
                    }
                    else
                    {
                        context.Fail(problem!);
                    }

                    return Task.CompletedTask;
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await AuthProblems.UnauthorizedAsync(context.HttpContext, Reason(context.AuthenticateFailure));
                },
                OnForbidden = context => AuthProblems.ForbiddenAsync(context.HttpContext,
                    "This token's roles do not allow this request."),
            };
        });
    }

    private static string Reason(Exception? failure) => failure switch
    {
        null => "Send a valid bearer token in the Authorization header.",
        SecurityTokenExpiredException => "The bearer token has expired.",
        SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The bearer token is for another audience.",
        SecurityTokenInvalidIssuerException => "The bearer token comes from an issuer this host does not trust.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The bearer token's signature does not verify.",
        SecurityTokenNoExpirationException => "The bearer token has no expiry (exp).",
        AuthenticationFailureException => failure.Message,
        _ => "The bearer token is not valid.",
    };

    private static List<SecurityKey> Check(JwtOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new StartupRefusedException("Monitoring:Jwt:Audience is required when Monitoring:Jwt:Issuer or :Authority is set.");
        }

        var keys = JwtSigningKeys.Read(options.SigningKeys);
        if (keys.Count == 0 && string.IsNullOrWhiteSpace(options.Authority))
        {
            throw new StartupRefusedException(
                "Monitoring:Jwt needs signing keys (SigningKeys:0, base64 or PEM) or an Authority whose discovery document gives them.");
        }

        return keys;
    }
}
