using Monitoring.Domain.Alerts;
using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests.Reports;

/// <summary>
/// A night on two sites (s1 in Paris, UTC+1 in December; s2 in UTC), judged at 06:00Z:
/// a1 critical inactivity of g1 at s1, 01:00Z, acknowledged after 3 min, false positive after 20 min;
/// a2 critical inactivity of g1 at s1, 02:00Z, acknowledged after 10 min (due after 5, escalated), confirmed after 30;
/// a3 high device_offline of g2 at s2, 03:00Z, cleared by the system after 5 min (due after 10);
/// a4 high device_offline of g2 at s2, 04:00Z, open and unanswered (escalated twice);
/// a5 medium battery_low at s2 (no guard), 05:50Z, open, due 06:05Z;
/// a6 raised at 06:00Z, the period's end: outside it.
/// Incidents: i1 s1 01:00Z, i2 s2 03:00Z, i3 s2 05:50Z.
/// </summary>
internal static class ReportNight
{
    public static readonly DateTimeOffset Day = new(2026, 12, 10, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = Day.AddHours(6);

    public static readonly ReportAlert A1 = Alert("a1", "inactivity", Severity.Critical, "s1", "g1", 60, 5, ack: 3, resolved: 20, Resolution.FalsePositive);
    public static readonly ReportAlert A2 = Alert("a2", "inactivity", Severity.Critical, "s1", "g1", 120, 5, ack: 10, resolved: 30, Resolution.Confirmed, escalation: 1);
    public static readonly ReportAlert A3 = Alert("a3", "device_offline", Severity.High, "s2", "g2", 180, 10, resolved: 5, resolution: Resolution.Cleared);
    public static readonly ReportAlert A4 = Alert("a4", "device_offline", Severity.High, "s2", "g2", 240, 10, escalation: 2);
    public static readonly ReportAlert A5 = Alert("a5", "battery_low", Severity.Medium, "s2", null, 350, 15);
    public static readonly ReportAlert A6 = Alert("a6", "battery_low", Severity.Medium, "s2", null, 360, 15);

    public static readonly ReportIncident I1 = new("i1", "s1", "g1", Severity.Critical, Day.AddHours(1), 1, ["inactivity"], false);
    public static readonly ReportIncident I2 = new("i2", "s2", "g2", Severity.High, Day.AddHours(3), 1, ["device_offline"], false);
    public static readonly ReportIncident I3 = new("i3", "s2", null, Severity.Medium, Day.AddMinutes(350), 1, ["battery_low"], true);

    public static ReportInput Input(string? siteId = null) => new(
        new ReportPeriod(Day, End, siteId, End),
        [A1, A2, A3, A4, A5, A6],
        [I1, I2, I3, new ReportIncident("i4", "s1", null, Severity.Low, End, 1, ["battery_low"], true)],
        new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal)
        {
            ["s1"] = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"),
            ["s2"] = TimeZoneInfo.Utc,
        });

    /// <summary>An alert raised <paramref name="minute"/> minutes after midnight, due <paramref name="slaMin"/> later; other times in minutes after the raise.</summary>
    public static ReportAlert Alert(
        string id, string type, Severity severity, string site, string? guard, int minute, int slaMin,
        int? ack = null, int? resolved = null, Resolution? resolution = null, int escalation = 0)
    {
        var raised = Day.AddMinutes(minute);
        return new ReportAlert(
            id, type, severity, site, guard, raised, raised.AddMinutes(slaMin),
            ack is { } a ? raised.AddMinutes(a) : null,
            resolved is { } r ? raised.AddMinutes(r) : null,
            resolution,
            escalation);
    }
}
