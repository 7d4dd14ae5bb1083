using System.Globalization;
using System.Net;

namespace Monitoring.Server.Operations;

/// <summary>
/// The sign-in page of the Orleans Dashboard: a plain form (no script), posting the key or token in
/// the body, never in the URL. Signed in, it offers the dashboard and sign-out instead.
/// </summary>
internal static class DashboardSignInPage
{
    public static IResult Render(bool signedIn, TimeSpan lifetime, string? error = null, int status = StatusCodes.Status200OK)
    {
        var minutes = ((int)lifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        var body = signedIn
            ? """
              <p id="signed-in">Signed in.</p>
              <p><a id="open-dashboard" href="./">Open the Orleans Dashboard</a></p>
              """ + SignOutForm
            : $"""
              <p>Sign in with an API key of the <code>system</code> role, or a bearer token with that role.
              The session lasts {minutes} minutes, for this dashboard only.</p>
              {(error is null ? "" : $"<p id=\"sign-in-error\" role=\"alert\" style=\"color:#b00020\">{WebUtility.HtmlEncode(error)}</p>")}
              <form method="post" action="sign-in">
                <label for="credential">Key or token</label><br>
                <input id="credential" name="credential" type="password" autocomplete="off" required style="width:100%;margin:.4rem 0">
                <button id="sign-in" type="submit">Sign in</button>
              </form>
              """;
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer"><title>Orleans Dashboard: sign in</title></head>
            <body style="font-family:system-ui,sans-serif;max-width:30rem;margin:4rem auto;padding:0 1rem">
            <h1 style="font-size:1.3rem">Orleans Dashboard</h1>
            {body}
            </body>
            </html>
            """;
        return TypedResults.Text(html, "text/html; charset=utf-8", statusCode: status);
    }

    private const string SignOutForm = """
        <form method="post" action="sign-out"><button id="sign-out" type="submit">Sign out</button></form>
        """;
}
