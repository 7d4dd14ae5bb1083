using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Contracts.Json;

/// <summary>Writes times as ISO-8601 UTC with a Z; reads any ISO-8601 time, taking one without offset as UTC.</summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && IsoTime.TryRead(ref reader, out var value))
        {
            return value;
        }

        throw new JsonException("must be an ISO-8601 date-time");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
