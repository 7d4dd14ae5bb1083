namespace Monitoring.Server.Auth;

/// <summary>The 401 and 403 answers of both schemes, as problem+json.</summary>
internal static class AuthProblems
{
    public static Task UnauthorizedAsync(HttpContext context, string detail) =>
        TypedResults.Problem(title: "Unauthorized", detail: detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);

    public static Task ForbiddenAsync(HttpContext context, string detail) =>
        TypedResults.Problem(title: "Forbidden", detail: detail, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
}
