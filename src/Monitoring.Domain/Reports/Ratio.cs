namespace Monitoring.Domain.Reports;

/// <summary>Shares as the reports show them: to four decimals, null when nothing was counted.</summary>
public static class Ratio
{
    public static double? Of(int part, int whole) =>
        whole == 0 ? null : Math.Round((double)part / whole, 4, MidpointRounding.AwayFromZero);
}
