using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Notifications;

namespace Monitoring.Server.Apis;

/// <summary>
/// The answers of the notification book's endpoints: the item, 404 when it does not exist, 400
/// naming each bad field (by its wire path), or 409 when the change conflicts with what is stored.
/// </summary>
internal static class BookProblems
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Answer<T>(BookResult<T> result, string what, string id)
        where T : class
    {
        if (result.Errors.IsDefaultOrEmpty)
        {
            return result.Item is { } item ? TypedResults.Ok(item) : Problems.Problems.NotFound(what, id);
        }

        return result.Conflict ? Conflict(result) : Problems.Problems.Invalid(Errors(result));
    }

    public static Results<NoContent, ValidationProblem, ProblemHttpResult> Deleted<T>(BookResult<T> result, string what, string id)
        where T : class
    {
        if (result.Errors.IsDefaultOrEmpty)
        {
            return result.Item is null ? Problems.Problems.NotFound(what, id) : TypedResults.NoContent();
        }

        return result.Conflict ? Conflict(result) : Problems.Problems.Invalid(Errors(result));
    }

    private static ProblemHttpResult Conflict<T>(BookResult<T> result)
        where T : class => TypedResults.Problem(
            title: "Conflict",
            detail: string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")),
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = Errors(result) });

    private static Dictionary<string, string[]> Errors<T>(BookResult<T> result)
        where T : class => result.Errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
