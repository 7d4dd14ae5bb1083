using Monitoring.Domain.Inactivity;

namespace Monitoring.Domain.Tests.Support;

/// <summary>An evaluation of a guard in Paris who has been on shift for two hours, not on break, armed, no alert open.</summary>
internal static class Inputs
{
    public static EvaluationInput At(DateTimeOffset now) => new(
        Now: now,
        ShiftStartedAt: now.AddHours(-2),
        BreakStartedAt: null,
        Window: Windows.AllAbsent(now),
        SiteZone: SiteTimes.Paris,
        Threshold: InactivitySettings.Default.Threshold,
        OpenAlert: OpenAlertState.None,
        Armed: true,
        ConsecutiveInactiveWindows: 0);
}
