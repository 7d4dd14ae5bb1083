using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Correlation;

/// <summary>
/// How much an incident's alerts agree, and how serious they are together.
/// Each alert after the first adds evidence e = link x closeness x novelty, where link is 1.0 when
/// an earlier alert concerns the same guard and 0.6 when it only shares the site; closeness falls
/// linearly from 1 (same minute) to 0.5 (15 minutes from the nearest earlier alert); novelty is 1
/// for a type the incident has not seen and 0.5 for a repeat. The score is 1 - prod(1 - 0.6 e):
/// two simultaneous signals of one guard give 0.60, three 0.84, four 0.94; a lone alert scores 0.
/// </summary>
public static class IncidentScoring
{
    public const int IndependentSignalsForRaise = 3;
    private const double SameGuardLink = 1.0;
    private const double SameSiteLink = 0.6;
    private const double EvidenceWeight = 0.6;

    // One pass in time order: the nearest earlier alert is the previous one, and the guards and types
    // seen so far are sets, so an incident of a site-wide storm (hundreds of alerts) scores in O(n log n).
    public static double CorrelationScore(IReadOnlyList<AlertSignal> alerts)
    {
        var ordered = alerts.OrderBy(a => a.RaisedAt).ToList();
        var doubt = 1.0;
        var guards = new HashSet<string?>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var alert = ordered[i];
            if (i > 0)
            {
                var link = alert.GuardId is not null && guards.Contains(alert.GuardId) ? SameGuardLink : SameSiteLink;
                var nearest = (alert.RaisedAt - ordered[i - 1].RaisedAt).TotalMinutes;
                var closeness = 1.0 - (0.5 * Math.Min(1.0, nearest / Correlator.Window.TotalMinutes));
                var novelty = types.Contains(alert.Type) ? 0.5 : 1.0;
                doubt *= 1.0 - (EvidenceWeight * link * closeness * novelty);
            }

            guards.Add(alert.GuardId);
            types.Add(alert.Type);
        }

        return Math.Round(1.0 - doubt, 3);
    }

    /// <summary>The highest severity, one level higher when three or more different signals agree.</summary>
    public static Severity CombinedSeverity(IReadOnlyList<AlertSignal> alerts)
    {
        var highest = alerts.Max(a => a.Severity);
        var independent = alerts.Select(a => a.Type).Distinct(StringComparer.Ordinal).Count();
        return independent >= IndependentSignalsForRaise && highest < Severity.Critical ? highest + 1 : highest;
    }
}
