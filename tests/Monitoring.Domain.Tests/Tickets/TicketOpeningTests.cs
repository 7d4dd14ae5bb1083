using Monitoring.Domain.Alerts;
using Monitoring.Domain.Tickets;

namespace Monitoring.Domain.Tests.Tickets;

public sealed class TicketOpeningTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_HighAlertNoTickets_OpensP2UnderAlertType()
    {
        var decision = TicketOpening.Decide(Alert("device_offline", "s1", Severity.High, T0), []);

        Assert.Equal(TicketOpeningDecision.Open("device_offline", TicketPriority.P2, T0, T0.AddHours(4)), decision);
    }

    [Fact]
    public void Decide_CriticalAlert_OpensP1DueInOneHour()
    {
        var decision = TicketOpening.Decide(Alert("battery_critical", "s1", Severity.Critical, T0), []);

        Assert.Equal(TicketPriority.P1, decision.Priority);
        Assert.Equal(T0.AddHours(1), decision.SlaDueAt);
    }

    [Theory]
    [InlineData(Severity.Low)]
    [InlineData(Severity.Medium)]
    public void Decide_LessThanHighAlert_NoTicket(Severity severity) =>
        Assert.Equal(TicketOpeningKind.None, TicketOpening.Decide(Alert("battery_low", "s1", severity, T0), []).Kind);

    [Theory]
    [InlineData(1)]
    [InlineData(3 * 3600 + 59 * 60)]
    [InlineData(4 * 3600)]
    public void Decide_SameTypeAndSiteWithin4Hours_AttachesToOpenTicket(int secondsLater)
    {
        var decision = TicketOpening.Decide(Alert("inactivity", "s1", Severity.High, T0.AddSeconds(secondsLater)), [Ticket("t1", "inactivity", "s1", T0)]);

        Assert.Equal(TicketOpeningDecision.Attach("t1"), decision);
    }

    [Fact]
    public void Decide_FourHoursAndOneSecondLater_OpensNew()
    {
        var at = T0.AddHours(4).AddSeconds(1);

        var decision = TicketOpening.Decide(Alert("inactivity", "s1", Severity.High, at), [Ticket("t1", "inactivity", "s1", T0)]);

        Assert.Equal(TicketOpeningKind.Open, decision.Kind);
        Assert.Equal(at, decision.CreatedAt);
    }

    [Fact]
    public void Decide_LateAlertRaisedBeforeTicketOpened_Attaches() =>
        Assert.Equal(TicketOpeningKind.Attach,
            TicketOpening.Decide(Alert("inactivity", "s1", Severity.High, T0.AddMinutes(-10)), [Ticket("t1", "inactivity", "s1", T0)]).Kind);

    [Theory]
    [InlineData("inactivity", "s2")]
    [InlineData("device_offline", "s1")]
    public void Decide_OtherSiteOrType_OpensNew(string type, string site) =>
        Assert.Equal(TicketOpeningKind.Open,
            TicketOpening.Decide(Alert(type, site, Severity.High, T0.AddMinutes(5)), [Ticket("t1", "inactivity", "s1", T0)]).Kind);

    [Theory]
    [InlineData(TicketStatus.New, TicketOpeningKind.Attach)]
    [InlineData(TicketStatus.Assigned, TicketOpeningKind.Attach)]
    [InlineData(TicketStatus.InProgress, TicketOpeningKind.Attach)]
    [InlineData(TicketStatus.Resolved, TicketOpeningKind.Open)]
    [InlineData(TicketStatus.Closed, TicketOpeningKind.Open)]
    public void Decide_ExistingTicketStatus_AttachesOnlyWhileOpen(TicketStatus status, TicketOpeningKind expected)
    {
        var existing = Ticket("t1", "inactivity", "s1", T0) with { Status = status };

        Assert.Equal(expected, TicketOpening.Decide(Alert("inactivity", "s1", Severity.High, T0.AddMinutes(30)), [existing]).Kind);
    }

    [Fact]
    public void Decide_SeveralOpenOfSameKey_AttachesToLatest()
    {
        TicketSummary[] tickets = [Ticket("t1", "inactivity", "s1", T0), Ticket("t2", "inactivity", "s1", T0.AddHours(2))];

        Assert.Equal("t2", TicketOpening.Decide(Alert("inactivity", "s1", Severity.High, T0.AddHours(3)), tickets).TicketId);
    }

    [Fact]
    public void Decide_CustomWindow_Honoured()
    {
        var settings = new TicketSettings { DedupWindow = TimeSpan.FromHours(1) };

        var decision = TicketOpening.Decide(Alert("inactivity", "s1", Severity.High, T0.AddMinutes(61)), [Ticket("t1", "inactivity", "s1", T0)], settings);

        Assert.Equal(TicketOpeningKind.Open, decision.Kind);
    }

    internal static TicketTrigger Alert(string type, string site, Severity severity, DateTimeOffset at) =>
        TicketTrigger.ForAlert("a-" + at.ToUnixTimeSeconds(), type, severity, site, "g1", at);

    internal static TicketSummary Ticket(string id, string category, string site, DateTimeOffset openedAt) =>
        new(id, TicketSource.Alert, category, site, "g1", openedAt, TicketStatus.New);
}
