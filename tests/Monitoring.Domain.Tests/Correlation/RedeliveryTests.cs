using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;

namespace Monitoring.Domain.Tests.Correlation;

/// <summary>
/// Durable signal streams deliver at least once and, after a failover, not always in order: the
/// correlator must fold a signal delivered again as nothing new, and never let an older state of an
/// alert overwrite a newer one.
/// </summary>
public sealed class RedeliveryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 13, 0, 0, TimeSpan.Zero);
    private int _next;

    [Fact]
    public void Fold_SameSignalDeliveredTwice_ChangesNothingTheSecondTime()
    {
        var correlator = NewCorrelator();
        var signal = Signal("a1", revision: 1, open: true);
        var first = correlator.Fold(signal);
        var again = correlator.Fold(signal);

        Assert.True(first.Changed);
        Assert.False(again.Changed);
        Assert.False(again.Opened);
        Assert.Same(first.Incident, again.Incident);
        Assert.Single(again.Incident.Alerts);
        Assert.Single(correlator.Incidents);
    }

    [Fact]
    public void Fold_OlderRevisionAfterNewer_KeepsTheNewerState()
    {
        var correlator = NewCorrelator();
        correlator.Fold(Signal("a1", revision: 1, open: true));
        var resolved = correlator.Fold(Signal("a1", revision: 3, open: false));
        var late = correlator.Fold(Signal("a1", revision: 1, open: true));

        Assert.True(resolved.Changed);
        Assert.False(late.Changed);
        var held = Assert.Single(late.Incident.Alerts);
        Assert.False(held.Open);
        Assert.Equal(3, held.Revision);
        Assert.False(late.Incident.IsOpen);
    }

    [Fact]
    public void Fold_NewerRevisionWithSameContent_MovesRevisionWithoutChange()
    {
        var correlator = NewCorrelator();
        correlator.Fold(Signal("a1", revision: 1, open: true));
        var acknowledged = correlator.Fold(Signal("a1", revision: 2, open: true));
        var late = correlator.Fold(Signal("a1", revision: 1, open: true) with { Severity = Severity.Low });

        Assert.False(acknowledged.Changed);
        Assert.False(late.Changed);
        var held = Assert.Single(late.Incident.Alerts);
        Assert.Equal(2, held.Revision);
        Assert.Equal(Severity.High, held.Severity);
    }

    [Fact]
    public void Fold_RedeliveredSignalKeepsFirstRaisedAt()
    {
        var correlator = NewCorrelator();
        correlator.Fold(Signal("a1", revision: 1, open: true));
        var moved = correlator.Fold(Signal("a1", revision: 1, open: true) with { RaisedAt = T0.AddMinutes(3) });

        Assert.False(moved.Changed);
        Assert.Equal(T0, Assert.Single(moved.Incident.Alerts).RaisedAt);
    }

    private Correlator NewCorrelator() => new(_ => "inc-" + ++_next);

    private static AlertSignal Signal(string id, int revision, bool open) =>
        new(id, "inactivity", Severity.High, "site-1", "g1", T0, open, revision);
}
