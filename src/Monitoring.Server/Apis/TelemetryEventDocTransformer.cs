using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Server.Apis;

/// <summary>Writes the schema of <see cref="TelemetryEventDoc"/> from <see cref="TelemetrySchema"/>: every field with its kind, presence and bounds.</summary>
internal sealed class TelemetryEventDocTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(TelemetryEventDoc))
        {
            Describe(schema);
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = "One event. Unknown properties are ignored; a null value counts as absent.";
        schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schema.Required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in TelemetrySchema.Fields)
        {
            schema.Properties[field.Name] = Property(field);
            if (field.Required)
            {
                schema.Required.Add(field.Name);
            }
        }
    }

    private static OpenApiSchema Property(TelemetryField field)
    {
        var (type, format) = field.Kind switch
        {
            TelemetryValueKind.Integer => (JsonSchemaType.Integer, field.Maximum <= int.MaxValue ? "int32" : "int64"),
            TelemetryValueKind.Number => (JsonSchemaType.Number, "double"),
            TelemetryValueKind.Flag => (JsonSchemaType.Boolean, null),
            TelemetryValueKind.Time => (JsonSchemaType.String, "date-time"),
            _ => (JsonSchemaType.String, (string?)null),
        };
        var property = new OpenApiSchema
        {
            Type = field.Required ? type : type | JsonSchemaType.Null,
            Format = format,
            Description = Presence(field) is { } presence ? $"{field.Description} {presence}" : field.Description,
            Minimum = Bound(field.Minimum),
            Maximum = Bound(field.Maximum),
            MaxLength = field.MaxLength,
            MinLength = field.IsId ? 1 : null,
            Pattern = field.IsId ? TelemetrySchema.IdPattern : null,
        };
        if (field.Values is { } values)
        {
            property.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }

        return property;
    }

    private static string? Presence(TelemetryField field) =>
        field.RequiredOn is { } on ? $"Required on {on.ToWire()}." : field.OnlyOn is { } only ? $"Only on {only.ToWire()}." : null;

    private static string? Bound(double? value) => value?.ToString(CultureInfo.InvariantCulture);
}
