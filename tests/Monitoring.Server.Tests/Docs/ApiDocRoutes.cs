using System.Text.RegularExpressions;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Docs;

/// <summary>
/// Reads the routes of docs/api.md's route tables: every table row whose first cell is an HTTP
/// method is a route, and must read exactly <c>| GET | /api/v1/path/{id} | ...</c>. A row that
/// starts with a method in any other form is reported rather than skipped, so a route cannot drop
/// out of the comparison through a typo.
/// </summary>
internal static partial class ApiDocRoutes
{
    public static string FilePath => Path.Combine(RepositoryRoot.Path, "docs", "api.md");

    /// <summary>The documented routes as <c>METHOD /path</c>, and the lines that look like routes but do not parse.</summary>
    public static (IReadOnlySet<string> Routes, IReadOnlyList<string> Malformed) Read()
    {
        var routes = new HashSet<string>(StringComparer.Ordinal);
        var malformed = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(FilePath))
        {
            lineNumber++;
            if (!LooksLikeRoute().IsMatch(line))
            {
                continue;
            }

            var match = Route().Match(line);
            if (!match.Success)
            {
                malformed.Add($"line {lineNumber}: {line}");
                continue;
            }

            var route = $"{match.Groups["method"].Value} {match.Groups["path"].Value}";
            if (!routes.Add(route))
            {
                malformed.Add($"line {lineNumber}: {route} is documented twice");
            }
        }

        return (routes, malformed);
    }

    // A table row whose first cell is an HTTP method, however it is written.
    [GeneratedRegex(@"^\s*\|\s*`?(get|post|put|patch|delete|head|options)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeRoute();

    // The strict form: upper-case method, a bare path of route characters.
    [GeneratedRegex(@"^\| (?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \| (?<path>/[A-Za-z0-9/{}._-]*) \|")]
    private static partial Regex Route();
}
