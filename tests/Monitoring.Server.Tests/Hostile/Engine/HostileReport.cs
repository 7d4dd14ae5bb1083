using System.Globalization;
using System.Text;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>The run as markdown: counts by status, by endpoint and status, by class, and the failures with one example each.</summary>
internal static class HostileReport
{
    public static string Markdown(HostileResult result)
    {
        var text = new StringBuilder();
        var outcomes = result.Outcomes;
        var statuses = outcomes.Select(Status).Distinct().Order(StringComparer.Ordinal).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {result.Host}: {outcomes.Count} hostile requests (seed {result.Seed}), {result.Elapsed.TotalSeconds:0.0} s")
            .AppendLine()
            .AppendLine("| status | requests |").AppendLine("|---|---:|");
        foreach (var group in outcomes.GroupBy(Status).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} |");
        }

        text.AppendLine().AppendLine("| endpoint | " + string.Join(" | ", statuses) + " |")
            .AppendLine("|---|" + string.Concat(statuses.Select(_ => "---:|")));
        foreach (var endpoint in outcomes.GroupBy(o => o.Request.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var counts = statuses.Select(s => endpoint.Count(o => Status(o) == s)).Select(c => c == 0 ? "" : c.ToString(CultureInfo.InvariantCulture));
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{endpoint.Key}` | {string.Join(" | ", counts)} |");
        }

        text.AppendLine().AppendLine("| class | requests | statuses |").AppendLine("|---|---:|---|");
        foreach (var kind in outcomes.GroupBy(o => o.Request.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var spread = string.Join(", ", kind.GroupBy(Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {kind.Key} | {kind.Count()} | {spread} |");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Failures: {result.Failures.Count}; state changed at {result.Changed.Count} paths.");
        foreach (var group in result.Failures.GroupBy(f => (f.Kind, f.Outcome.Request.Endpoint, f.Outcome.Request.Class)).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var example = group.First();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- **{group.Key.Kind}** ×{group.Count()} `{group.Key.Endpoint}` [{group.Key.Class}]: `{Code(example.Outcome.Request.ToString())}` → {Code(example.Detail)}");
        }

        foreach (var change in result.Changed)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **state changed** `{Code(change.Split('\n')[0])}`");
        }

        return text.ToString();
    }

    /// <summary>The failures in detail, for the test's assertion message.</summary>
    public static string Failures(HostileResult result) =>
        string.Join("\n", result.Failures.GroupBy(f => (f.Kind, f.Outcome.Request.Endpoint, f.Outcome.Request.Class))
            .Select(g => $"{g.Key.Kind} x{g.Count()} {g.Key.Endpoint} [{g.Key.Class}]: {g.First().Outcome.Request} -> {g.First().Detail}")
            .Concat(result.Changed.Select(c => "state changed: " + c)));

    private static string Status(HostileOutcome outcome) => outcome.Error is null
        ? outcome.Status.ToString(CultureInfo.InvariantCulture)
        : outcome.Error.StartsWith("hang", StringComparison.Ordinal) ? "hang" : "transport";

    private static string Code(string text) => HostileText.Preview(text.Replace('`', '\'').Replace('|', '¦').Replace('\n', ' '), 300);
}
