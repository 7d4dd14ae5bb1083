using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;

namespace Monitoring.Domain.Tests.Correlation;

public sealed class CorrelatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    private int _next;

    [Fact]
    public void Fold_SameGuardWithin15Minutes_OneIncident()
    {
        var correlator = NewCorrelator();
        var first = correlator.Fold(Alert("a1", "inactivity", "g1", 10));
        var second = correlator.Fold(Alert("a2", "device_offline", "g1", 20));

        Assert.True(first.Opened);
        Assert.False(second.Opened);
        Assert.Same(first.Incident, second.Incident);
        Assert.Equal(["a1", "a2"], second.Incident.Alerts.Select(a => a.AlertId));
        Assert.Equal("g1", second.Incident.GuardId);
    }

    [Fact]
    public void Fold_SameSiteOtherGuardWithin15Minutes_JoinsWithoutGuard()
    {
        var correlator = NewCorrelator();
        var first = correlator.Fold(Alert("a1", "inactivity", "g1", 0));
        var second = correlator.Fold(Alert("a2", "geofence_exit", "g2", 15));

        Assert.Same(first.Incident, second.Incident);
        Assert.Null(second.Incident.GuardId);
    }

    [Fact]
    public void Fold_16MinutesApart_TwoIncidents()
    {
        var correlator = NewCorrelator();
        var first = correlator.Fold(Alert("a1", "inactivity", "g1", 0));
        var second = correlator.Fold(Alert("a2", "device_offline", "g1", 16));

        Assert.True(second.Opened);
        Assert.NotSame(first.Incident, second.Incident);
        Assert.Equal(2, correlator.Incidents.Count);
    }

    [Fact]
    public void Fold_EarlierLateAlertWithin15Minutes_Joins()
    {
        var correlator = NewCorrelator();
        var first = correlator.Fold(Alert("a1", "inactivity", "g1", 30));
        var late = correlator.Fold(Alert("a0", "battery_low", "g1", 16));

        Assert.Same(first.Incident, late.Incident);
        Assert.Equal(T0.AddMinutes(16), late.Incident.FirstAt);
    }

    [Fact]
    public void Fold_PrefersIncidentOfSameGuard()
    {
        var correlator = NewCorrelator();
        var ofG1 = correlator.Fold(Alert("a1", "inactivity", "g1", 0)).Incident;
        var ofG2 = correlator.Fold(Alert("a2", "inactivity", "g2", 20)).Incident;
        Assert.NotSame(ofG1, ofG2);

        var joined = correlator.Fold(Alert("a3", "device_offline", "g1", 10)).Incident;

        Assert.Same(ofG1, joined);
    }

    [Fact]
    public void Fold_SameAlertTwice_BelongsToOneIncident()
    {
        var correlator = NewCorrelator();
        correlator.Fold(Alert("a1", "inactivity", "g1", 0));
        var again = correlator.Fold(Alert("a1", "inactivity", "g1", 0) with { Severity = Severity.Critical });

        Assert.False(again.Opened);
        Assert.True(again.Changed);
        Assert.Single(again.Incident.Alerts);
        Assert.Single(correlator.Incidents);
    }

    [Fact]
    public void Incident_ResolvedWhenAllAlertsAre()
    {
        var correlator = NewCorrelator();
        correlator.Fold(Alert("a1", "inactivity", "g1", 0));
        var incident = correlator.Fold(Alert("a2", "device_offline", "g1", 5)).Incident;

        correlator.Fold(Alert("a1", "inactivity", "g1", 0) with { Open = false });
        Assert.True(incident.IsOpen);
        correlator.Fold(Alert("a2", "device_offline", "g1", 5) with { Open = false });
        Assert.False(incident.IsOpen);
    }

    [Fact]
    public void Severity_HighestOfAlerts_RaisedOneLevelByThreeIndependentSignals()
    {
        var correlator = NewCorrelator();
        var incident = correlator.Fold(Alert("a1", "battery_low", "g1", 0, Severity.Medium)).Incident;
        correlator.Fold(Alert("a2", "poor_signal", "g1", 1, Severity.Medium));
        Assert.Equal(Severity.Medium, incident.Severity);

        correlator.Fold(Alert("a3", "poor_signal", "g1", 2, Severity.Low));
        Assert.Equal(Severity.Medium, incident.Severity);

        correlator.Fold(Alert("a4", "geofence_exit", "g1", 3, Severity.Medium));
        Assert.Equal(Severity.High, incident.Severity);
    }

    [Fact]
    public void Severity_CriticalStaysCritical()
    {
        var alerts = new[]
        {
            Alert("a1", "inactivity", "g1", 0, Severity.Critical),
            Alert("a2", "device_offline", "g1", 0, Severity.High),
            Alert("a3", "geofence_exit", "g1", 0, Severity.Medium),
        };

        Assert.Equal(Severity.Critical, IncidentScoring.CombinedSeverity(alerts));
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.6)]
    [InlineData(3, 0.84)]
    [InlineData(4, 0.936)]
    public void Score_SimultaneousDistinctSignalsOfOneGuard(int signals, double expected)
    {
        string[] types = ["inactivity", "device_offline", "geofence_exit", "battery_critical"];
        var alerts = types.Take(signals).Select((t, i) => Alert($"a{i}", t, "g1", 0)).ToList();

        Assert.Equal(expected, IncidentScoring.CorrelationScore(alerts), 3);
    }

    [Fact]
    public void Score_SameSiteWeakerThanSameGuard_AndFallsWithDistance()
    {
        var sameGuard = IncidentScoring.CorrelationScore([Alert("a", "inactivity", "g1", 0), Alert("b", "device_offline", "g1", 0)]);
        var sameSite = IncidentScoring.CorrelationScore([Alert("a", "inactivity", "g1", 0), Alert("b", "device_offline", "g2", 0)]);
        var apart = IncidentScoring.CorrelationScore([Alert("a", "inactivity", "g1", 0), Alert("b", "device_offline", "g1", 15)]);
        var repeat = IncidentScoring.CorrelationScore([Alert("a", "inactivity", "g1", 0), Alert("b", "inactivity", "g1", 0)]);

        Assert.Equal(0.6, sameGuard, 3);
        Assert.Equal(0.36, sameSite, 3);
        Assert.Equal(0.3, apart, 3);
        Assert.Equal(0.3, repeat, 3);
        Assert.InRange(IncidentScoring.CorrelationScore([Alert("a", "inactivity", "g1", 0)]), 0, 0);
    }

    private Correlator NewCorrelator() => new(_ => $"inc-{++_next}");

    private static AlertSignal Alert(string id, string type, string? guard, int minute, Severity severity = Severity.High) =>
        new(id, type, severity, "site-1", guard, T0.AddMinutes(minute), Open: true);
}
