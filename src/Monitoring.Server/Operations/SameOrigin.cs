namespace Monitoring.Server.Operations;

/// <summary>
/// The sign-in and sign-out forms' defence against cross-site requests: the browser must say the
/// form came from this host. <c>Sec-Fetch-Site: same-origin</c> where the browser sends it (every
/// current one does), else an <c>Origin</c> whose host and port are this request's. A request with
/// neither is refused. (The session cookie is SameSite=Strict besides.)
/// </summary>
internal static class SameOrigin
{
    public static bool Check(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
