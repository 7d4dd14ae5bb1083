using System.Text.Json;

namespace Monitoring.Contracts.Json;

/// <summary>Enum values as the wire spells them (lower_snake), for query strings, problems and history columns.</summary>
public static class WireNames
{
    /// <summary>The wire name of <paramref name="value"/>, e.g. <c>in_progress</c>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
