using System.Security.Claims;
using Monitoring.Server.Apis;

namespace Monitoring.Server.Auth;

/// <summary>
/// Who performs an action. Every handler that records an actor (<c>by</c>, an author) asks here, so
/// the rule for who may claim which name lives in one place.
/// </summary>
internal static class Actor
{
    /// <summary>
    /// The actor's name for this request, or null with the field's error recorded. With an API key
    /// the body names the actor (<paramref name="by"/>, required).
    /// </summary>
    public static string? Resolve(ClaimsPrincipal user, string? by, IDictionary<string, string[]> errors, string field = "by")
    {
        _ = user;
        return OperatorText.CheckName(by, field, errors) ? by!.Trim() : null;
    }
}
