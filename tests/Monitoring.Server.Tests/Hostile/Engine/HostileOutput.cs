using System.Text.RegularExpressions;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Where a run's report goes: the test output always, and with <c>HOSTILE_REPORT</c> set (a path,
/// relative to the repository root or absolute) a section of that markdown file per host kind,
/// replaced on each run so the embedded and PostgreSQL runs can share one file.
/// </summary>
internal static class HostileOutput
{
    public const string Variable = "HOSTILE_REPORT";

    public static void Write(HostileResult result, Action<string> output)
    {
        var markdown = HostileReport.Markdown(result);
        output(markdown);
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } path)
        {
            return;
        }

        var file = Path.IsPathRooted(path) ? path : Path.Combine(RepositoryRoot(), path);
        var (open, close) = ($"<!-- hostile:{result.Host} -->", $"<!-- /hostile:{result.Host} -->");
        var section = $"{open}\n{markdown}{close}\n";
        var existing = File.Exists(file) ? File.ReadAllText(file) : "# Hostile input\n\n";
        var pattern = new Regex(Regex.Escape(open) + ".*?" + Regex.Escape(close) + "\n?", RegexOptions.Singleline, TimeSpan.FromSeconds(5));
        var updated = pattern.IsMatch(existing) ? pattern.Replace(existing, section.Replace("$", "$$", StringComparison.Ordinal), 1) : existing.TrimEnd() + "\n\n" + section;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, updated);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Monitoring.Orleans.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
