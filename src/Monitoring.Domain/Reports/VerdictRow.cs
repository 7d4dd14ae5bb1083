using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>
/// How a group's alerts ended (<see cref="Key"/>: a rule, i.e. alert type, or a site; <c>all</c> for
/// the total). Verdicts are operators' resolutions (confirmed, false positive, resolved);
/// false-positive rate = false positives / verdicts. Alerts the system cleared, and open ones,
/// are counted but are no verdict.
/// </summary>
public sealed record VerdictRow(
    string Key,
    int Alerts,
    int Open,
    int Cleared,
    int Confirmed,
    int FalsePositive,
    int Resolved,
    int Verdicts,
    double? FalsePositiveRate)
{
    public static VerdictRow Of(string key, IReadOnlyCollection<ReportAlert> alerts)
    {
        int Ended(Resolution r) => alerts.Count(a => a.ResolvedAt is not null && a.Resolution == r);
        var confirmed = Ended(Resolution.Confirmed);
        var falsePositive = Ended(Resolution.FalsePositive);
        var resolved = Ended(Resolution.Resolved);
        var verdicts = confirmed + falsePositive + resolved;
        return new VerdictRow(
            key,
            alerts.Count,
            alerts.Count(a => a.ResolvedAt is null),
            Ended(Resolution.Cleared),
            confirmed,
            falsePositive,
            resolved,
            verdicts,
            Ratio.Of(falsePositive, verdicts));
    }
}
