namespace Monitoring.Cli.Api;

/// <summary>A path with the query parameters that have a value, escaped.</summary>
internal static class Query
{
    public static string Path(string path, params (string Name, object? Value)[] parameters)
    {
        var given = parameters
            .Where(p => p.Value is not null && p.Value.ToString() is { Length: > 0 })
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)}")
            .ToList();
        return given.Count == 0 ? path : path + "?" + string.Join('&', given);
    }
}
