namespace Monitoring.Server.Operations;

/// <summary>
/// The content security policy of the two pages that are not ours, each relaxed on its own path
/// only; every other answer keeps <see cref="Hosting.SecurityHeaders.ContentSecurityPolicy"/>.
/// </summary>
internal static class OperationsCsp
{
    /// <summary>
    /// Scalar: its start-up script is inline (allowed by this answer's nonce, not by
    /// 'unsafe-inline'), its components set style attributes and inject style elements, and it draws
    /// icons from data: and blob: URLs.
    /// </summary>
    private const string ApiReferenceBase =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The Orleans Dashboard: its scripts are files of its own, but its page and components carry
    /// style attributes; fonts and the logo come from its own path.
    /// </summary>
    private const string OrleansDashboard =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>This answer's policy when it is one of those pages, else null.</summary>
    public static string? For(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(ApiReference.Path))
        {
            return ApiReference.NonceOf(context) is { } nonce
                ? $"script-src 'self' 'nonce-{nonce}'; {ApiReferenceBase}"
                : $"script-src 'self'; {ApiReferenceBase}";
        }

        return path.StartsWithSegments(OrleansDashboardSetup.Path) ? OrleansDashboard : null;
    }
}
