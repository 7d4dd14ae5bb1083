using Monitoring.Contracts.Json;

namespace Monitoring.Server.Apis;

/// <summary>Parses lower_snake enum names from query strings and bodies, as the JSON wire writes them.</summary>
internal static class WireEnums
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Name<T>(T value)
        where T : struct, Enum => WireNames.Of(value);

    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Name));
}
