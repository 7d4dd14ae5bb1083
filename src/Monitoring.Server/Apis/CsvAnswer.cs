using Microsoft.OpenApi;

namespace Monitoring.Server.Apis;

/// <summary>Documents that a report's 200 answer is also <c>text/csv</c> (with <c>format=csv</c>), beside its JSON.</summary>
internal static class CsvAnswer
{
    public static Task AddAsync(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
            response.Content["text/csv"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One table: a header row, then a row per group (RFC 4180)." },
            };
        }

        return Task.CompletedTask;
    }
}
