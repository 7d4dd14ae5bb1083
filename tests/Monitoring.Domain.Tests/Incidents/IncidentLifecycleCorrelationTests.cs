using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;
using Monitoring.Domain.Incidents;

namespace Monitoring.Domain.Tests.Incidents;

/// <summary>How operators' moves and the correlator's folding of new alerts fit together.</summary>
public sealed class IncidentLifecycleCorrelationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    private int _next;

    [Fact]
    public void Fold_NewAlertNearAClosedIncident_OpensANewIncident()
    {
        var correlator = NewCorrelator();
        var first = correlator.Fold(Alert("a1", "g1", 0, open: true)).Incident;
        first.Act(new IncidentAction(IncidentActionKind.Close, "ann", null, Resolution.FalsePositive), T0.AddMinutes(1));

        var next = correlator.Fold(Alert("a2", "g1", 2, open: true));

        Assert.True(next.Opened);
        Assert.NotSame(first, next.Incident);
        Assert.Equal(IncidentStatus.Closed, first.Status);
        Assert.Equal(IncidentStatus.Open, next.Incident.Status);
    }

    [Fact]
    public void Fold_AlertOfAClosedIncidentChanges_StaysClosed()
    {
        var correlator = NewCorrelator();
        var incident = correlator.Fold(Alert("a1", "g1", 0, open: true)).Incident;
        incident.Act(new IncidentAction(IncidentActionKind.Close, "ann", null, Resolution.Confirmed), T0.AddMinutes(1));

        var change = correlator.Fold(Alert("a1", "g1", 0, open: false));

        Assert.Same(incident, change.Incident);
        Assert.Equal(IncidentStatus.Closed, incident.Status);
    }

    [Fact]
    public void Fold_NewAlertJoinsInvestigatingIncident_StaysInvestigating()
    {
        var correlator = NewCorrelator();
        var incident = correlator.Fold(Alert("a1", "g1", 0, open: true)).Incident;
        incident.Act(new IncidentAction(IncidentActionKind.Investigate, "ann", "bob", null), T0.AddMinutes(1));

        correlator.Fold(Alert("a1", "g1", 0, open: false));
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
        var joined = correlator.Fold(Alert("a2", "g1", 5, open: true));

        Assert.Same(incident, joined.Incident);
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
        Assert.Equal("bob", incident.Case.Assignee);
    }

    [Fact]
    public void Fold_AllAlertsResolveWithoutOperators_ResolvedThenReopensOnANewAlert()
    {
        var correlator = NewCorrelator();
        var incident = correlator.Fold(Alert("a1", "g1", 0, open: true)).Incident;

        correlator.Fold(Alert("a1", "g1", 0, open: false));
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        correlator.Fold(Alert("a2", "g1", 3, open: true));

        Assert.Equal(IncidentStatus.Open, incident.Status);
    }

    [Fact]
    public void Rebuild_WithHistory_RestoresOperatorsPhase()
    {
        var correlator = NewCorrelator();
        var incident = correlator.Fold(Alert("a1", "g1", 0, open: true)).Incident;
        incident.Act(new IncidentAction(IncidentActionKind.Investigate, "ann", "bob", null), T0.AddMinutes(1));

        var rebuilt = IncidentFold.Rebuild(incident.IncidentId, incident.Alerts, incident.Case.History);

        Assert.Equal(IncidentStatus.Investigating, rebuilt.Status);
        Assert.Equal("bob", rebuilt.Case.Assignee);
    }

    private Correlator NewCorrelator() => new(_ => $"inc-{++_next}");

    private static AlertSignal Alert(string id, string guard, int minute, bool open) =>
        new(id, "inactivity", Severity.High, "s1", guard, T0.AddMinutes(minute), open);
}
