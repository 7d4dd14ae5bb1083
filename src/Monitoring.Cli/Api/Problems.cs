using System.Net;
using System.Text.Json;

namespace Monitoring.Cli.Api;

/// <summary>Reads a refusal: problem+json when the host sent it, else the status and the start of the body.</summary>
internal static class Problems
{
    public static ApiProblem From(HttpStatusCode status, string? reason, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return new ApiProblem(status, Text(root, "title") ?? reason, Text(root, "detail"), Errors(root), Text(root, "currentStatus"));
            }
        }
        catch (JsonException)
        {
            // Not JSON: the body as it is, below.
        }

        var detail = body.Length > 300 ? body[..300] + "..." : body;
        return new ApiProblem(status, reason, string.IsNullOrWhiteSpace(detail) ? null : detail.Trim(), new Dictionary<string, string[]>(), null);
    }

    /// <summary>The lines that tell an operator what went wrong, the bad fields by name.</summary>
    public static IEnumerable<string> Lines(ApiProblem problem)
    {
        var title = problem.Title is { } t ? $" {t}" : "";
        yield return $"HTTP {(int)problem.Status}{title}" + (problem.Detail is { } d ? $": {d}" : "");
        foreach (var (field, messages) in problem.Errors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            yield return $"  {field}: {string.Join(" ", messages)}";
        }

        if (problem.CurrentStatus is { } current)
        {
            yield return $"  currentStatus: {current}";
        }
    }

    private static Dictionary<string, string[]> Errors(JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (root.TryGetProperty("errors", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in map.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(m => m.ToString())]
                    : [field.Value.ToString()];
            }
        }

        return errors;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}
