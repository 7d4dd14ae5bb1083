using System.Diagnostics.Metrics;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Diagnostics;

/// <summary>
/// The grains' instruments on one <see cref="Meter"/> (no package: the host exports it). Each is
/// recorded where the thing happens, never per telemetry event: a raise, an evaluation, an
/// escalation step. Tag values come from small fixed sets, never a tenant or an id.
/// </summary>
public static class GrainMetrics
{
    public const string MeterName = "Monitoring.Grains";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> AlertsRaised = Meter.CreateCounter<long>(
        "monitoring.alerts.raised", "{alert}", "Alerts raised, by type and severity.");

    private static readonly Histogram<double> Evaluations = Meter.CreateHistogram(
        "monitoring.evaluation.duration", "s", "Guard evaluations (inactivity, baseline, guard rules) and how long each took.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.Evaluation });

    private static readonly Histogram<double> FraudScoring = Meter.CreateHistogram(
        "monitoring.fraud.scoring.duration", "s", "Attendance events scored for fraud in the guard grain (features, score, explanation, ledger row) and how long each took.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.Scoring });

    private static readonly Counter<long> Escalations = Meter.CreateCounter<long>(
        "monitoring.alerts.escalations", "{step}", "SLA breaches: escalation steps of alerts still active at their due time, by level and severity.");

    private static readonly string[] Severities = [.. Enum.GetValues<Severity>().Select(s => s.ToString().ToLowerInvariant())];
    private static readonly string[] Levels = ["0", "1", "2", "3", "4", "5"];

    internal static void AlertRaised(string type, Severity severity) =>
        AlertsRaised.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("severity", NameOf(severity)));

    internal static void Evaluated(TimeSpan elapsed) => Evaluations.Record(elapsed.TotalSeconds);

    internal static void FraudScored(TimeSpan elapsed) => FraudScoring.Record(elapsed.TotalSeconds);

    internal static void Escalated(int level, Severity severity) =>
        Escalations.Add(1, new KeyValuePair<string, object?>("level", (uint)level < Levels.Length ? Levels[level] : "other"),
            new KeyValuePair<string, object?>("severity", NameOf(severity)));

    private static string NameOf(Severity severity) => (int)severity < Severities.Length ? Severities[(int)severity] : "other";
}
