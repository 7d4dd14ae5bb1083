using System.Globalization;
using System.Text;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// Renders a <see cref="QualityReport"/>: a Markdown table (alert types, then behaviour kinds in
/// italics) with a false-alarm line under it, or the same as aligned plain text for a console.
/// </summary>
internal static class QualityTable
{
    private static readonly string[] Headers =
        ["type/kind", "faults", "detected", "recall", "precision", "delay p50", "delay p95", "duplicates per fault (mean/max)", "false alarms"];

    public static string Markdown(QualityReport report)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", Headers).AppendLine(" |");
        text.Append("|---").Append(string.Concat(Enumerable.Repeat("|--:", Headers.Length - 1))).AppendLine("|");
        foreach (var cells in Rows(report, italicKinds: true))
        {
            text.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");
        }

        return text.AppendLine().AppendLine(Summary(report)).ToString();
    }

    public static string Text(QualityReport report)
    {
        var rows = Rows(report, italicKinds: false).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var padded = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            text.AppendJoin("  ", padded).AppendLine();
        }

        return text.AppendLine(Summary(report)).ToString();
    }

    private static IEnumerable<string[]> Rows(QualityReport report, bool italicKinds)
    {
        foreach (var row in report.ByType)
        {
            yield return Cells(row, row.Label);
        }

        foreach (var row in report.ByKind)
        {
            yield return Cells(row, italicKinds ? $"*{row.Label}*" : row.Label);
        }
    }

    private static string[] Cells(QualityRow row, string label) =>
    [
        label,
        Format(row.Faults),
        Format(row.Detected),
        Percent(row.Recall),
        row.Precision is { } p ? Invariant($"{p * 100:0.0}% ({row.TruePositives}/{row.Raised})") : "-",
        Minutes(row.DelayP50),
        Minutes(row.DelayP95),
        row.DuplicatesMean is { } mean ? Invariant($"{mean:0.00} / {row.DuplicatesMax}") : "-",
        Format(row.FalseAlarms),
    ];

    private static string Summary(QualityReport report)
    {
        var f = report.FalseAlarms;
        var rate = f.Rate is { } r ? Invariant($"{r * 100:0.000}%") : "-";
        var period = report.Options.EvaluationPeriod.TotalMinutes;
        return Invariant($"False alarms: {f.Total} over {f.GuardWindows:0.#} guard-windows of {period:0.#} min = {rate}")
            + Invariant($" (on valid behaviour {f.OnValidBehaviour}, beside a fault {f.BesideFault}, normal time {f.OnNormalTime});")
            + Invariant($" {report.Alerts} alerts, grace {report.Options.Grace.TotalMinutes:0.#} min.")
            + Environment.NewLine + Environment.NewLine + Noise(report.Noise);
    }

    private static string Noise(NoiseSummary n) =>
        Invariant($"Notified {n.Type} (neither inhibited nor silenced): precision {Percent(n.NotifiedPrecision)} ({n.NotifiedTruePositives}/{n.Notified}); {n.Inhibited} inhibited, {n.Silenced} silenced.")
        + Environment.NewLine + Environment.NewLine
        + Invariant($"Declared breaks alerted: {n.BreaksAlerted} of {n.Breaks} ({Percent(n.BreaksAlertedShare)}).");

    private static string Percent(double? value) => value is { } v ? Invariant($"{v * 100:0.0}%") : "-";

    private static string Minutes(TimeSpan? value) => value is { } v ? Invariant($"{v.TotalMinutes:0.0} min") : "-";

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
