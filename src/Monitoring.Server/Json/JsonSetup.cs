using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Server.Json;

/// <summary>The wire format: camelCase, lower_snake enums, UTC times.</summary>
internal static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UtcDateTimeOffsetConverter());
    }
}
