using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Monitoring.Server.Problems;

/// <summary>
/// Turns request-binding failures (malformed JSON, a field of the wrong type, an oversized body)
/// into problem+json naming the field, and silo overload into 503, instead of a bare status code.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult? result = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
                Problems.TooLarge(tooLarge.Message),
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            BadHttpRequestException bad when bad.Message.Contains("no body was provided", StringComparison.Ordinal) =>
                Problems.BadRequest("A JSON body is required."),
            BadHttpRequestException bad => Problems.BadRequest(bad.Message),
            // ASP.NET reads a JSON body in the charset the Content-Type names; one it does not know
            // throws here (not as a bad request), and the client should hear 415, not 500.
            InvalidOperationException { InnerException: ArgumentException } unknown when unknown.Message.Contains("charset", StringComparison.Ordinal) =>
                Problems.UnsupportedMediaType("The Content-Type names a charset this API does not read; send application/json in UTF-8."),
            TimeoutException or Orleans.Runtime.OrleansException => TypedResults.Problem(
                title: "Service unavailable", detail: "The grid is overloaded or recovering; retry shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => null,
        };

        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    private static IResult FromJson(JsonException json)
    {
        var path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        return path is null
            ? Problems.BadRequest("The body is not valid JSON of the expected shape.")
            : Problems.Invalid(path, "has the wrong type or format");
    }
}
