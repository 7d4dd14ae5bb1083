using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Contracts.Json;

/// <summary>The wire format of the API and the live feed: camelCase, lower_snake enums, UTC times.</summary>
public static class WireJson
{
    /// <summary>Options with the wire format applied, for serialising outside ASP.NET (feed data, logs).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the wire format to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UtcDateTimeOffsetConverter());
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        Configure(options);
        options.MakeReadOnly();
        return options;
    }
}
