using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Contracts.Json;

/// <summary>
/// Writes a string that already holds JSON as that JSON value, as it is (checked, not re-parsed into
/// a document): for values serialised once and sent many times, like the feed's <c>data</c>.
/// Read-only: reading such a value back is not supported.
/// </summary>
internal sealed class RawJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Raw JSON values are written, never read.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value);
}
