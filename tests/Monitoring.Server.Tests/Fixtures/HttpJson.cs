using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Sends JSON and reads answers, failing with the body in the message when the status is not the expected one.</summary>
public static class HttpJson
{
    public const string ProblemJson = "application/problem+json";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(path)).JsonAsync(expected);

    /// <summary>Asserts the status and returns the JSON body.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected)
            {
                Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
            }

            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
    }

    /// <summary>Asserts an RFC 7807 answer: the status, the problem+json media type and a title.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var problem = await response.JsonAsync(expected);
        Assert.Equal(ProblemJson, mediaType);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), "A problem needs a title.");
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Asserts a 400 validation problem whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task<JsonElement> ValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No 'errors' in {problem}");
        Assert.Contains(field, errors.EnumerateObject().Select(p => p.Name));
        return problem;
    }

    public static string Str(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"'{property}' is null in {element}");

    public static int Int(this JsonElement element, string property) => element.GetProperty(property).GetInt32();

    public static bool Bool(this JsonElement element, string property) => element.GetProperty(property).GetBoolean();

    public static DateTimeOffset Time(this JsonElement element, string property) => element.GetProperty(property).GetDateTimeOffset();

    public static bool IsNull(this JsonElement element, string property) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null;

    public static JsonElement[] Items(this JsonElement element, string property = "items") => [.. element.GetProperty(property).EnumerateArray()];
}
