using System.Net;

namespace Monitoring.Cli.Api;

/// <summary>
/// The API said no: its status, the problem's title and detail, the bad fields with their messages
/// (<c>errors</c>), and the alert's or ticket's <c>currentStatus</c> on a 409.
/// </summary>
internal sealed class ApiProblem(HttpStatusCode status, string? title, string? detail, IReadOnlyDictionary<string, string[]> errors, string? currentStatus)
    : Exception(title ?? status.ToString())
{
    public HttpStatusCode Status { get; } = status;

    public string? Title { get; } = title;

    public string? Detail { get; } = detail;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public string? CurrentStatus { get; } = currentStatus;
}
