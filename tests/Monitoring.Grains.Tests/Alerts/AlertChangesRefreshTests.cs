using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Alerts;

namespace Monitoring.Grains.Tests.Alerts;

/// <summary>A rule's new reading of an open alert: a rising severity brings its own, shorter SLA.</summary>
public sealed class AlertChangesRefreshTests
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Fifteen = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Five = TimeSpan.FromMinutes(5);

    [Fact]
    public void Refresh_SeverityRises_DueAtNowPlusTheNewSla()
    {
        var (alert, period) = AlertChanges.Refresh(Open(), Fifteen, Draft(Severity.Critical, Five), Raised.AddMinutes(3));

        Assert.Equal(Severity.Critical, alert.Severity);
        Assert.Equal(Raised.AddMinutes(8), alert.SlaDueAt);
        Assert.Equal(Five, period);
        Assert.Equal(["raised", "severity_raised", "sla_recomputed"], alert.History.Select(h => h.Action));
    }

    [Fact]
    public void Refresh_SeverityRisesLate_NeverMovesTheDueTimeLater()
    {
        var (alert, period) = AlertChanges.Refresh(Open(), Fifteen, Draft(Severity.Critical, Five), Raised.AddMinutes(12));

        Assert.Equal(Raised.AddMinutes(15), alert.SlaDueAt);
        Assert.Equal(Five, period);
    }

    [Fact]
    public void Refresh_SeverityRisesWithTheSameSla_ChangesNoSla()
    {
        var (alert, period) = AlertChanges.Refresh(Open(), Fifteen, Draft(Severity.High, Fifteen), Raised.AddMinutes(3));

        Assert.Equal(Raised.AddMinutes(15), alert.SlaDueAt);
        Assert.Equal(Fifteen, period);
        Assert.DoesNotContain(alert.History, h => h.Action == "sla_recomputed");
    }

    [Fact]
    public void Refresh_SameOrLowerSeverity_KeepsSeverityAndSla()
    {
        var (alert, period) = AlertChanges.Refresh(Open(), Fifteen, Draft(Severity.Low, Five), Raised.AddMinutes(3));

        Assert.Equal(Severity.Medium, alert.Severity);
        Assert.Equal(Raised.AddMinutes(15), alert.SlaDueAt);
        Assert.Equal(Fifteen, period);
        Assert.Single(alert.History);
    }

    [Fact]
    public void Refresh_AlreadyEscalated_KeepsItsDueTimeAndPeriod()
    {
        var escalated = Open() with { EscalationLevel = 1 };

        var (alert, period) = AlertChanges.Refresh(escalated, Fifteen, Draft(Severity.Critical, Five), Raised.AddMinutes(20));

        Assert.Equal(Severity.Critical, alert.Severity);
        Assert.Equal(Raised.AddMinutes(15), alert.SlaDueAt);
        Assert.Equal(Fifteen, period);
    }

    [Fact]
    public void SlaPeriodOf_NothingStored_IsTheSlaItWasRaisedWith()
    {
        Assert.Equal(Fifteen, AlertChanges.SlaPeriodOf(Open(), null));
        Assert.Equal(Five, AlertChanges.SlaPeriodOf(Open() with { SlaDueAt = Raised.AddMinutes(5) }, Five));
    }

    private static Alert Open() => new()
    {
        AlertId = "alr_1",
        Type = "battery_low",
        Severity = Severity.Medium,
        Status = AlertStatus.Active,
        SiteId = "s1",
        GuardId = "g1",
        RaisedAt = Raised,
        UpdatedAt = Raised,
        SlaDueAt = Raised + Fifteen,
        History = ImmutableArray.Create(new AlertHistoryEntry("raised", AlertStatus.Active, Severity.Medium, "system", Raised, null)),
    };

    private static AlertDraft Draft(Severity severity, TimeSpan sla) => new("battery_low", severity, "s1", "g1", "d1", 9.0, "{}", sla);
}
