using System.Globalization;
using System.Text.Json;
using Monitoring.Contracts.Telemetry;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>The OpenAPI document the host serves describes the telemetry event exactly as <see cref="TelemetrySchema"/> defines it.</summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetrySchemaOpenApiTests(ApiHostFixture host)
{
    private static readonly string[] SchemaNames = [.. TelemetrySchema.Fields.Select(f => f.Name)];

    [Fact]
    public async Task OpenApi_IngestBody_ListsEverySchemaFieldWithItsRules()
    {
        var document = await host.Anonymous.GetJsonAsync("openapi/v1.json");

        var body = document.GetProperty("paths").GetProperty("/api/v1/telemetry").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var batch = Resolve(document, body);
        var e = Resolve(document, batch.GetProperty("properties").GetProperty(TelemetrySchema.Events).GetProperty("items"));
        var properties = e.GetProperty("properties");

        Assert.Equal(SchemaNames, properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            TelemetrySchema.Fields.Where(f => f.Required).Select(f => f.Name).Order(StringComparer.Ordinal),
            e.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal));
        foreach (var field in TelemetrySchema.Fields)
        {
            var property = properties.GetProperty(field.Name);
            Assert.Contains(Kind(field), Types(property));
            Assert.Equal(field.Minimum, Bound(property, "minimum"));
            Assert.Equal(field.Maximum, Bound(property, "maximum"));
            Assert.Equal(field.MaxLength, property.TryGetProperty("maxLength", out var length) ? length.GetInt32() : null);
            Assert.Equal(field.Values, property.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : null);
        }
    }

    [Fact]
    public async Task OpenApi_ArchivedEvents_ListEverySchemaField()
    {
        var document = await host.Anonymous.GetJsonAsync("openapi/v1.json");

        var list = Resolve(document, document.GetProperty("paths").GetProperty("/api/v1/telemetry/{deviceId}").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var e = Resolve(document, list.GetProperty("properties").GetProperty("items").GetProperty("items"));

        Assert.Equal(SchemaNames.Order(StringComparer.Ordinal), e.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }

        var name = reference.GetString()!["#/components/schemas/".Length..];
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }

    private static string Kind(TelemetryField field) => field.Kind switch
    {
        TelemetryValueKind.Integer => "integer",
        TelemetryValueKind.Number => "number",
        TelemetryValueKind.Flag => "boolean",
        _ => "string",
    };

    private static IEnumerable<string> Types(JsonElement property) =>
        property.GetProperty("type") is { ValueKind: JsonValueKind.Array } many ? many.EnumerateArray().Select(t => t.GetString()!) : [property.GetProperty("type").GetString()!];

    private static double? Bound(JsonElement property, string name) =>
        !property.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble()
        : double.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
