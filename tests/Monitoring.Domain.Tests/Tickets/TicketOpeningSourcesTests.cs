using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;
using Monitoring.Domain.Tickets;

namespace Monitoring.Domain.Tests.Tickets;

public sealed class TicketOpeningSourcesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ForIncident_MostSevereAlert_GivesCategory()
    {
        var incident = Incident(Signal("a1", "geofence_exit", Severity.Medium, 0), Signal("a2", "device_offline", Severity.High, 5));

        var trigger = TicketTrigger.ForIncident(incident, T0.AddMinutes(5));

        Assert.Equal("device_offline", trigger.Category);
        Assert.Equal(TicketSource.Incident, trigger.Source);
        Assert.Equal("i1", trigger.SourceId);
    }

    [Fact]
    public void MainType_TieOnSeverity_EarliestAlert() =>
        Assert.Equal("inactivity", TicketCategories.MainType(
            [Signal("a2", "device_offline", Severity.High, 5), Signal("a1", "inactivity", Severity.High, 0)]));

    [Fact]
    public void Decide_HighIncidentWithOpenTicketOfItsMainType_Attaches()
    {
        var incident = Incident(Signal("a1", "inactivity", Severity.High, 0), Signal("a2", "geofence_exit", Severity.Medium, 3));
        TicketSummary[] tickets = [TicketOpeningTests.Ticket("t1", "inactivity", "s1", T0)];

        Assert.Equal(TicketOpeningDecision.Attach("t1"), TicketOpening.Decide(TicketTrigger.ForIncident(incident, T0.AddMinutes(3)), tickets));
    }

    [Fact]
    public void Decide_MediumIncident_NoTicket()
    {
        var incident = Incident(Signal("a1", "battery_low", Severity.Medium, 0));

        Assert.Equal(TicketOpeningKind.None, TicketOpening.Decide(TicketTrigger.ForIncident(incident, T0), []).Kind);
    }

    [Fact]
    public void Decide_FraudAtThreshold_OpensP2FraudTicket()
    {
        var decision = TicketOpening.Decide(Fraud("g1", "s1", 0.80, T0), []);

        Assert.Equal(TicketOpeningDecision.Open("fraud", TicketPriority.P2, T0, T0.AddHours(4)), decision);
    }

    [Fact]
    public void Decide_FraudBelowThreshold_NoTicket() =>
        Assert.Equal(TicketOpeningKind.None, TicketOpening.Decide(Fraud("g1", "s1", 0.79, T0), []).Kind);

    [Theory]
    [InlineData("g1", "s2", 24 * 3600, TicketOpeningKind.Attach)]
    [InlineData("g1", "s1", 24 * 3600 + 1, TicketOpeningKind.Open)]
    [InlineData("g2", "s1", 60, TicketOpeningKind.Open)]
    public void Decide_FraudAgain_OnePerGuardPer24Hours(string guard, string site, int secondsLater, TicketOpeningKind expected)
    {
        TicketSummary[] tickets = [new("t1", TicketSource.Fraud, "fraud", "s1", "g1", T0, TicketStatus.Assigned)];

        Assert.Equal(expected, TicketOpening.Decide(Fraud(guard, site, 0.9, T0.AddSeconds(secondsLater)), tickets).Kind);
    }

    [Fact]
    public void Decide_FraudWithOnlyAlertTicketsOfGuard_OpensNew()
    {
        TicketSummary[] tickets = [TicketOpeningTests.Ticket("t1", "inactivity", "s1", T0)];

        Assert.Equal(TicketOpeningKind.Open, TicketOpening.Decide(Fraud("g1", "s1", 0.9, T0.AddMinutes(1)), tickets).Kind);
    }

    private static TicketTrigger Fraud(string guard, string site, double score, DateTimeOffset at) =>
        TicketTrigger.ForFraud("f-" + at.ToUnixTimeSeconds(), guard, site, score, at);

    private static AlertSignal Signal(string id, string type, Severity severity, int minute) =>
        new(id, type, severity, "s1", "g1", T0.AddMinutes(minute), Open: true);

    private static IncidentFold Incident(AlertSignal first, params AlertSignal[] more) =>
        IncidentFold.Rebuild("i1", [first, .. more]);
}
