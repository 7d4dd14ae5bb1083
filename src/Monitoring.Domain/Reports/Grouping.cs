using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>The row keys the reports share, and grouping by a key in ordinal order.</summary>
public static class Grouping
{
    public const string Total = "all";

    /// <summary>The wire name of a severity (critical, high, medium, low).</summary>
    public static string SeverityKey(Severity severity) => severity.ToString().ToLowerInvariant();

    public static List<TRow> By<TItem, TRow>(IEnumerable<TItem> items, Func<TItem, string> key, Func<string, IReadOnlyCollection<TItem>, TRow> row) =>
        [.. items.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => row(g.Key, g.ToList()))];
}
