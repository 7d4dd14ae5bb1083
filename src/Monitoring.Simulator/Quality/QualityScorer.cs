using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// Scores the alerts a run raised against the night's ground truth; plain arithmetic.
/// Matching (see <see cref="AlertMatcher"/>): an alert detects a fault when it is about the fault's
/// guard or device, its type is one the fault expects, and it was raised within
/// [StartsAt, EndsAt + grace]. Such an alert is a true positive; for each fault and type the first
/// is the detection and the others are duplicates. A fault is detected when any expected type
/// matched; its delay runs from StartsAt to the first matching alert. Percentiles are nearest-rank.
/// Duplicates per fault are averaged over the detected faults. An alert that matches no fault is a
/// false alarm; it is also filed by where it fell: on a guard during a valid behaviour (plus grace),
/// beside a fault of a type that fault does not expect, or in normal time. The false-alarm rate is
/// all false alarms over the guard-windows, i.e. fault-free on-shift guard time / evaluation period.
/// </summary>
internal static class QualityScorer
{
    private const string InactivityType = "inactivity";

    public static QualityReport Score(
        IReadOnlyList<FaultTruth> faults, IReadOnlyList<ObservedAlert> alerts, TimeSpan faultFreeGuardTime, ScoringOptions? options = null)
    {
        options ??= new ScoringOptions();
        var matcher = new AlertMatcher(faults, options.Grace);
        var matched = faults.ToDictionary(f => f.FaultId, _ => new List<ObservedAlert>(), StringComparer.Ordinal);
        var unmatched = new List<(ObservedAlert Alert, FaultTruth? Beside)>();
        foreach (var alert in alerts.OrderBy(a => a.RaisedAt).ThenBy(a => a.AlertId, StringComparer.Ordinal))
        {
            if (matcher.Detected(alert) is { } fault)
            {
                matched[fault.FaultId].Add(alert);
            }
            else
            {
                unmatched.Add((alert, matcher.Beside(alert)));
            }
        }

        var types = faults.SelectMany(f => f.Expected).Concat(alerts.Select(a => a.Type))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var byType = types.Select(type => TypeRow(type, faults, alerts, matched, unmatched)).ToList();
        var byKind = faults.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => KindRow(g.Key, [.. g], matched, unmatched)).ToList();
        var windows = faultFreeGuardTime / options.EvaluationPeriod;
        var onValid = unmatched.Count(u => u.Beside is { IsValidBehaviour: true });
        var beside = unmatched.Count(u => u.Beside is { IsValidBehaviour: false });
        var summary = new FalseAlarmSummary(
            unmatched.Count, onValid, beside, unmatched.Count - onValid - beside, windows, windows > 0 ? unmatched.Count / windows : null);
        return new QualityReport(byType, byKind, summary, alerts.Count, options, Noise(InactivityType, faults, alerts, matched, unmatched));
    }

    // Precision over the alerts that reached people, and the declared breaks with any alert on them.
    private static NoiseSummary Noise(
        string type,
        IReadOnlyList<FaultTruth> faults,
        IReadOnlyList<ObservedAlert> alerts,
        Dictionary<string, List<ObservedAlert>> matched,
        List<(ObservedAlert Alert, FaultTruth? Beside)> unmatched)
    {
        var ofType = alerts.Where(a => a.Type == type).ToList();
        var hits = matched.Values.SelectMany(list => list).Where(a => a.Type == type).ToList();
        return new NoiseSummary(
            type,
            ofType.Count,
            hits.Count,
            ofType.Count(a => a.Notified),
            hits.Count(a => a.Notified),
            ofType.Count(a => a.InhibitedBy is not null),
            ofType.Count(a => a.SilencedBy is not null),
            faults.Count(f => f.Kind == FaultKind.DeclaredBreak),
            unmatched.Where(u => u.Beside is { Kind: FaultKind.DeclaredBreak }).Select(u => u.Beside!.FaultId).Distinct(StringComparer.Ordinal).Count());
    }

    private static QualityRow TypeRow(
        string type,
        IReadOnlyList<FaultTruth> faults,
        IReadOnlyList<ObservedAlert> alerts,
        Dictionary<string, List<ObservedAlert>> matched,
        List<(ObservedAlert Alert, FaultTruth? Beside)> unmatched)
    {
        var expecting = faults.Where(f => f.Expected.Contains(type, StringComparer.Ordinal)).ToList();
        var hits = expecting
            .Select(f => (Fault: f, Alerts: matched[f.FaultId].Where(a => a.Type == type).ToList()))
            .Where(h => h.Alerts.Count > 0)
            .ToList();
        var raised = alerts.Count(a => a.Type == type);
        var truePositives = matched.Values.Sum(list => list.Count(a => a.Type == type));
        var delays = hits.Select(h => h.Alerts[0].RaisedAt - h.Fault.StartsAt).ToList();
        var duplicates = hits.Select(h => h.Alerts.Count - 1).ToList();
        return new QualityRow(
            type,
            expecting.Count,
            hits.Count,
            Share(hits.Count, expecting.Count),
            raised,
            truePositives,
            Share(truePositives, raised),
            NearestRank(delays, 50),
            NearestRank(delays, 95),
            duplicates.Count > 0 ? duplicates.Average() : null,
            duplicates.Count > 0 ? duplicates.Max() : null,
            unmatched.Count(u => u.Alert.Type == type));
    }

    private static QualityRow KindRow(
        FaultKind kind,
        List<FaultTruth> faults,
        Dictionary<string, List<ObservedAlert>> matched,
        List<(ObservedAlert Alert, FaultTruth? Beside)> unmatched)
    {
        var valid = faults[0].IsValidBehaviour;
        var hits = faults.Where(f => matched[f.FaultId].Count > 0).ToList();
        var delays = hits.Select(f => matched[f.FaultId].Min(a => a.RaisedAt) - f.StartsAt).ToList();
        var duplicates = hits.Select(f => matched[f.FaultId].GroupBy(a => a.Type).Sum(g => g.Count() - 1)).ToList();
        return new QualityRow(
            kind.ToString(),
            faults.Count,
            hits.Count,
            valid ? null : Share(hits.Count, faults.Count),
            null,
            null,
            null,
            NearestRank(delays, 50),
            NearestRank(delays, 95),
            duplicates.Count > 0 ? duplicates.Average() : null,
            duplicates.Count > 0 ? duplicates.Max() : null,
            unmatched.Count(u => u.Beside?.Kind == kind));
    }

    private static double? Share(int part, int whole) => whole > 0 ? (double)part / whole : null;

    private static TimeSpan? NearestRank(List<TimeSpan> values, double percentile)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
