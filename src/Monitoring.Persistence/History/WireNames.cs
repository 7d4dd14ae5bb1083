using System.Text.Json;

namespace Monitoring.Persistence.History;

/// <summary>Enum values as the wire (and so the history columns) spell them: lower_snake.</summary>
internal static class WireNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
