using System.Security.Claims;
using Monitoring.Server.Apis;

namespace Monitoring.Server.Auth;

/// <summary>
/// Who performs an action. Every handler that records an actor (<c>by</c>, an author) asks here, so
/// the rule for who may claim which name lives in one place: with an API key the body names the
/// actor; with a bearer token the actor is the token's subject, whatever the body says.
/// </summary>
internal static class Actor
{
    /// <summary>
    /// The actor's name for this request, or null with the field's error recorded (a 400). With an
    /// API key <paramref name="by"/> is required. With a token it is optional: left out, it is the
    /// token's subject; given, it must be the subject, as no one signs in as themselves and acts as
    /// someone else.
    /// </summary>
    public static string? Resolve(ClaimsPrincipal user, string? by, IDictionary<string, string[]> errors, string field = "by")
    {
        if (user.Subject() is not { } subject)
        {
            return OperatorText.CheckName(by, field, errors) ? by!.Trim() : null;
        }

        if (string.IsNullOrWhiteSpace(by) || string.Equals(by.Trim(), subject, StringComparison.Ordinal))
        {
            return subject;
        }

        errors[field] = [$"must be left out or be the signed-in user ({subject}): a bearer token acts as its subject only"];
        return null;
    }

    /// <summary>
    /// Who made a change, for records with no <c>by</c> of their own (the audit log, an early expiry):
    /// the token's subject, or <c>key:</c> and the API key's id.
    /// </summary>
    public static string Credential(ClaimsPrincipal user) => user.Subject() ?? "key:" + user.FindFirstValue(Roles.KeyIdClaim);
}
