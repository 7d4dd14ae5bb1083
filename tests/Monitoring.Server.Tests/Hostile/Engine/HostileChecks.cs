using System.Text.Json;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// The rules every answer to a hostile request obeys: an answer within the deadline, never a 5xx,
/// only the statuses a bad request may get, problem+json with a title for every 4xx, Retry-After on
/// 429, the bad field named in a 400, 404 for another tenant's ids, nothing taken that would change
/// state (an ingest 202 rejects every event), and no id of tenant B in anything tenant A reads.
/// </summary>
internal static class HostileChecks
{
    public static readonly int[] Allowed = [200, 202, 204, 400, 401, 403, 404, 405, 409, 413, 415, 422, 429];

    public static IEnumerable<HostileFailure> Check(HostileOutcome outcome, SeededTenant b)
    {
        var request = outcome.Request;
        if (outcome.Error is { } error)
        {
            yield return new(error.StartsWith("hang", StringComparison.Ordinal) ? "hang" : "transport error", outcome, error);
            yield break;
        }

        var status = outcome.Status;
        if (status >= 500)
        {
            yield return new("5xx", outcome, Excerpt(outcome.Body));
        }
        else if (!Allowed.Contains(status))
        {
            yield return new("status not allowed", outcome, $"{status}: {Excerpt(outcome.Body)}");
        }

        JsonElement? json = TryParse(outcome.Body);
        if (status is >= 400 and < 600)
        {
            if (outcome.MediaType is null && outcome.Body.Length == 0 && status == 400)
            {
                if (!request.ProtocolViolation)
                {
                    yield return new("bare 400 (no body: refused before the app runs)", outcome, "no Content-Type, empty body");
                }
            }
            else if (outcome.MediaType != "application/problem+json")
            {
                yield return new("not problem+json", outcome, $"Content-Type {outcome.MediaType ?? "(none)"}: {Excerpt(outcome.Body)}");
            }
            else if (json is not { ValueKind: JsonValueKind.Object } problem || !problem.TryGetProperty("title", out var title)
                || string.IsNullOrWhiteSpace(title.GetString()))
            {
                yield return new("problem without title", outcome, Excerpt(outcome.Body));
            }
        }

        if (status == 429 && !outcome.RetryAfter)
        {
            yield return new("429 without Retry-After", outcome, Excerpt(outcome.Body));
        }

        if (status == 400 && request.Field is { } field && !NamesField(json, field))
        {
            yield return new("400 not naming the field", outcome, $"expected errors to name '{field}': {Excerpt(outcome.Body)}");
        }

        if (request.ExpectNotFound && status is not (404 or 429))
        {
            yield return new("other tenant's or unknown id not 404", outcome, $"{status}: {Excerpt(outcome.Body)}");
        }

        if (request.ExpectEmptyPage && status is >= 200 and < 300
            && !(json is { ValueKind: JsonValueKind.Object } page && page.TryGetProperty("items", out var items) && items.GetArrayLength() == 0))
        {
            yield return new("other tenant's or unknown id not an empty page", outcome, Excerpt(outcome.Body));
        }

        if (status is >= 200 and < 300)
        {
            foreach (var failure in Success(outcome, json))
            {
                yield return failure;
            }

            if (b.AllIds.FirstOrDefault(id => outcome.Body.Contains(id, StringComparison.Ordinal) && !request.Path.Contains(id, StringComparison.Ordinal)) is { } leaked)
            {
                yield return new("other tenant's data visible", outcome, $"'{leaked}' in {Excerpt(outcome.Body)}");
            }
        }
    }

    private static IEnumerable<HostileFailure> Success(HostileOutcome outcome, JsonElement? json)
    {
        var request = outcome.Request;
        if (request.Endpoint.Contains("/api/v1/admin/", StringComparison.Ordinal))
        {
            yield return new("host-wide endpoint took a tenant key", outcome, Excerpt(outcome.Body));
        }
        else if (request.BadEvents >= 0)
        {
            var accepted = json?.TryGetProperty("accepted", out var a) == true ? a.GetInt32() : -1;
            var duplicates = json?.TryGetProperty("duplicates", out var d) == true ? d.GetInt32() : -1;
            var rejected = json?.TryGetProperty("rejected", out var r) == true ? r.GetArrayLength() : -1;
            if (accepted != 0 || duplicates != 0 || rejected != request.BadEvents)
            {
                yield return new("bad event accepted", outcome, $"{request.BadEvents} bad events: {Excerpt(outcome.Body)}");
            }
        }
        else if (request.Endpoint.StartsWith("POST /api/v1/telemetry", StringComparison.Ordinal))
        {
            yield return new("bad batch accepted", outcome, Excerpt(outcome.Body));
        }
        else if (request.Mutating && !request.Endpoint.Contains("/hubs/", StringComparison.Ordinal))
        {
            yield return new("bad request applied", outcome, Excerpt(outcome.Body));
        }
    }

    private static bool NamesField(JsonElement? json, string field) =>
        json is { ValueKind: JsonValueKind.Object } problem
        && problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
        && errors.EnumerateObject().Any(e => e.Name.TrimStart('$', '.').StartsWith(field, StringComparison.OrdinalIgnoreCase));

    private static JsonElement? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(string body) => HostileText.Preview(body, 240);
}
