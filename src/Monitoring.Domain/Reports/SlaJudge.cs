using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>Judges one alert against its response SLA at a given time.</summary>
public static class SlaJudge
{
    public static SlaVerdict Verdict(ReportAlert alert, DateTimeOffset now)
    {
        if (alert.RespondedAt is { } answered)
        {
            return answered <= alert.SlaDueAt ? SlaVerdict.Met : SlaVerdict.Breached;
        }

        if (alert.Resolution == Resolution.Cleared && alert.ResolvedAt is { } cleared)
        {
            return cleared <= alert.SlaDueAt ? SlaVerdict.ClearedInTime : SlaVerdict.Breached;
        }

        return now > alert.SlaDueAt ? SlaVerdict.Breached : SlaVerdict.Pending;
    }
}
