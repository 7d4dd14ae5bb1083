using System.Collections.Concurrent;
using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;
using Xunit.Abstractions;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// Thousands of generated bodies over real HTTP (<see cref="HostileBodies"/>): never a 5xx; every
/// other non-2xx a problem+json with a title; a body that is not a batch a 400; and in a 202 every
/// event counted once, every rejection naming its field, a spoiled field named as spoiled.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryFuzzTests(ApiHostFixture host, ITestOutputHelper output)
{
    private const int Bodies = 3000;

    [Fact]
    public async Task Telemetry_GeneratedHostileBodies_NeverFailTheServer()
    {
        var now = await host.NowAsync();
        var bodies = new HostileBodies(seed: 1414, now).Generate(Bodies).ToList();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<(string Kind, int Status), int>();

        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (body, _) =>
        {
            using var response = await RawBatch.PostAsync(host.Device(), body.Bytes);
            var text = await response.Content.ReadAsStringAsync();
            statuses.AddOrUpdate((body.Kind, (int)response.StatusCode), 1, (_, n) => n + 1);
            if (Check(body, response, text) is { } failure)
            {
                failures.Enqueue($"{body.Kind} {Convert.ToBase64String(body.Bytes)[..Math.Min(400, body.Bytes.Length * 4 / 3)]}: {failure}");
            }
        });

        foreach (var ((kind, status), n) in statuses.OrderBy(s => s.Key))
        {
            output.WriteLine($"{kind} {status}: {n}");
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {bodies.Count} bodies failed:\n{string.Join('\n', failures.Take(10))}");
        Assert.True(statuses.Keys.Count(k => k.Status == 400) > 0 && statuses.Keys.Count(k => k.Status == 202) > 0, "The generator missed a side.");
    }

    /// <summary>What is wrong with this answer to this body, or null.</summary>
    private static string? Check(HostileBody body, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status is not (202 or 400))
        {
            return $"status {status}: {text}";
        }

        using var answer = JsonDocument.Parse(text);
        var root = answer.RootElement;
        var expectedEvents = EventsIn(body.Bytes);
        if (status == 400)
        {
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            return response.Content.Headers.ContentType?.MediaType != HttpJson.ProblemJson || string.IsNullOrWhiteSpace(title)
                ? $"a 400 that is not problem+json with a title: {text}"
                : expectedEvents is not null ? $"a batch of {expectedEvents} events refused: {text}" : null;
        }

        if (expectedEvents is not { } events)
        {
            return $"not a batch, yet 202: {text}";
        }

        var rejected = root.GetProperty("rejected").EnumerateArray().ToList();
        if (root.GetProperty("accepted").GetInt32() + root.GetProperty("duplicates").GetInt32() + rejected.Count != events)
        {
            return $"{events} events, counted otherwise: {text}";
        }

        var last = -1;
        foreach (var r in rejected)
        {
            var index = r.GetProperty("index").GetInt32();
            var field = r.TryGetProperty("field", out var f) ? f.GetString() : null;
            if (index <= last || index >= events || string.IsNullOrEmpty(field) || !r.GetProperty("error").GetString()!.StartsWith(field + ": ", StringComparison.Ordinal))
            {
                return $"a rejection without its index or field: {r}";
            }

            last = index;
        }

        return body.Kind switch
        {
            "text" when !rejected.Any(r => r.GetProperty("index").GetInt32() == body.Index && r.GetProperty("field").GetString() == body.Field) =>
                $"event {body.Index} with bad text in {body.Field} not rejected for it: {text}",
            "name" when rejected.Count > 0 => $"a garbled property name rejected an event: {text}",
            _ => null,
        };
    }

    /// <summary>How many events the body's one 'events' array holds, or null when the body is not a batch at all (a leading BOM tolerated).</summary>
    private static int? EventsIn(byte[] bytes)
    {
        try
        {
            var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var arrays = document.RootElement.EnumerateObject().Where(p => IsEvents(p)).ToList();
            return arrays is [{ Value.ValueKind: JsonValueKind.Array } only] ? only.Value.GetArrayLength() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsEvents(JsonProperty property)
    {
        try
        {
            return property.NameEquals("events");
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
