using System.Globalization;
using System.Reflection;

namespace Monitoring.Persistence.Schema;

/// <summary>A schema script embedded in this assembly as <c>Schema/NNNN_name.sql</c>.</summary>
internal sealed record EmbeddedScript(int Version, string Name, string Sql)
{
    private const string Prefix = "Schema/";

    /// <summary>Every embedded script, in version order.</summary>
    public static IReadOnlyList<EmbeddedScript> All { get; } = Load();

    public SchemaScript Identity => new(Version, Name);

    private static EmbeddedScript[] Load()
    {
        var assembly = typeof(EmbeddedScript).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(s => s.Version)
            .ToArray();

        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two schema scripts claim version {duplicate.Key}.");
        }

        return scripts;
    }

    private static EmbeddedScript Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[Prefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Schema script '{resourceName}' is not named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Schema script '{resourceName}' cannot be read.");
        using var reader = new StreamReader(stream);
        return new EmbeddedScript(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
