using System.Globalization;
using System.Text;

namespace Monitoring.Simulator.Capacity;

/// <summary>
/// The sweep as a markdown table, and its knee: the highest offered rate still accepted in full with
/// the p99 acknowledgement within the limit (and the highest accepted in full at any latency).
/// </summary>
internal static class CapacityReport
{
    public static CapacityStep? Knee(IReadOnlyList<CapacityStep> steps, double p99LimitMs) =>
        steps.LastOrDefault(s => s.Within(p99LimitMs));

    public static CapacityStep? Ceiling(IReadOnlyList<CapacityStep> steps) =>
        steps.Where(s => s.Errors == 0).MaxBy(s => s.Accepted);

    public static string Markdown(CapacitySettings s, IReadOnlyList<CapacityStep> steps, string command)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"### Capacity, {s.Label}: {s.Devices:N0} guards on shift, batches of {s.Batch}, {s.Concurrency} connections per host");
        text.AppendLine();
        text.AppendLine(c, $"Each rate is offered for {s.Seconds} s after {s.Warmup} s at that rate (open loop: batch i is due at i x batch / rate). Reproduce: `{command}`.");
        text.AppendLine();
        text.AppendLine("| offered events/s | accepted events/s | p50 ack | p99 ack | errors | late batches | host CPU | host CPU per 1,000 events | PostgreSQL CPU | PostgreSQL CPU per 1,000 events | host memory | managed per guard |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var step in steps)
        {
            text.AppendLine(c, $"| {step.Offered:N0} | {step.Accepted:N0} | {step.P50Ms:F1} ms | {step.P99Ms:F1} ms | {step.Errors} | {step.LateBatches} | {Percent(step.HostCpuPercent)} | {Ms(step.HostCpuMsPer1000)} | {Percent(step.DatabaseCpuPercent)} | {Ms(step.DatabaseCpuMsPer1000)} | {Mb(step.HostMemoryMb)} | {Kb(step.ManagedBytesPerGuard)} |");
        }

        text.AppendLine();
        var knee = Knee(steps, s.P99LimitMs);
        var ceiling = Ceiling(steps);
        text.AppendLine(knee is null
            ? string.Create(c, $"Knee: no rate met p99 <= {s.P99LimitMs} ms with everything accepted.")
            : string.Create(c, $"Knee: **{knee.Offered:N0} events/s** (p99 {knee.P99Ms:F1} ms <= {s.P99LimitMs} ms, all accepted)."));
        if (ceiling is not null)
        {
            text.AppendLine(string.Create(c, $"Most accepted at any latency: {ceiling.Accepted:N0} events/s (offered {ceiling.Offered:N0}, p99 {ceiling.P99Ms:F1} ms)."));
        }

        return text.ToString();
    }

    private static string Percent(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:F0} %") : "n/a";

    private static string Ms(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:F1} ms") : "n/a";

    private static string Mb(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:N0} MB") : "n/a";

    private static string Kb(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v / 1024:F1} KB") : "n/a";
}
