using ScottPlot;

namespace Monitoring.Simulator.Capacity;

/// <summary>The sweep as a PNG: accepted against offered events/s (left axis) and p99 acknowledgement (right axis).</summary>
internal static class CapacityPlot
{
    public static void Save(string path, string title, IReadOnlyList<CapacityStep> steps, double p99LimitMs)
    {
        var plot = new Plot();
        var offered = steps.Select(s => (double)s.Offered).ToArray();
        var ideal = plot.Add.Scatter(offered, offered);
        ideal.LegendText = "offered";
        ideal.LinePattern = LinePattern.Dotted;
        ideal.MarkerSize = 0;
        var accepted = plot.Add.Scatter(offered, steps.Select(s => s.Accepted).ToArray());
        accepted.LegendText = "accepted events/s";
        var p99 = plot.Add.Scatter(offered, steps.Select(s => s.P99Ms).ToArray());
        p99.LegendText = "p99 ack (ms, right)";
        p99.Axes.YAxis = plot.Axes.Right;
        var limit = plot.Add.HorizontalLine(p99LimitMs);
        limit.Axes.YAxis = plot.Axes.Right;
        limit.LinePattern = LinePattern.Dashed;
        limit.LegendText = $"p99 limit {p99LimitMs} ms";
        plot.Title(title);
        plot.XLabel("offered events/s");
        plot.YLabel("events/s");
        plot.Axes.Right.Label.Text = "p99 ack (ms)";
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 520);
    }
}
