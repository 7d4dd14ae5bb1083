using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>A fraud ticket resolved with a verdict labels the scored events of its fraud_risk alerts; other moves label nothing.</summary>
[Collection(FraudCollection.Name)]
public sealed class FraudTicketVerdictTests(ScheduledClusterFixture fixture)
{
    [Theory]
    [InlineData(Resolution.Confirmed, FraudLabel.Fraud)]
    [InlineData(Resolution.FalsePositive, FraudLabel.Legit)]
    public async Task Resolve_FraudTicketWithVerdict_LabelsItsAlertsLedgerRows(Resolution verdict, FraudLabel expected)
    {
        var (s, ticket) = await FraudTicketAsync();
        await MoveAsync(s, ticket, TicketStatus.Assigned, assignee: "ana");
        await MoveAsync(s, ticket, TicketStatus.InProgress);

        var resolved = await MoveAsync(s, ticket, TicketStatus.Resolved, verdict: verdict);

        Assert.Equal(TicketTransitionCheck.Allowed, resolved.Outcome);
        Assert.Equal(verdict, resolved.Ticket!.Verdict);
        var rows = await Eventually.ReachAsync(s.LedgerAsync, r => r is [{ Label: not null }], "The ticket's verdict labelled nothing.");
        Assert.Equal(expected, rows[0].Label);
        // The same resolution again is a repeat, not a conflict, and changes nothing.
        Assert.Equal(TicketTransitionCheck.Repeated, (await MoveAsync(s, ticket, TicketStatus.Resolved, verdict: verdict)).Outcome);
    }

    [Fact]
    public async Task Transition_VerdictOnAMoveOtherThanResolve_RefusedAndNothingLabelled()
    {
        var (s, ticket) = await FraudTicketAsync();

        var refused = await MoveAsync(s, ticket, TicketStatus.Assigned, assignee: "ana", verdict: Resolution.Confirmed);

        Assert.Equal(TicketTransitionCheck.VerdictNotAllowed, refused.Outcome);
        Assert.Equal(TicketStatus.New, refused.Ticket!.Status);
        Assert.Null(Assert.Single(await s.LedgerAsync()).Label);
    }

    private async Task<(FraudScenario Scenario, Ticket Ticket)> FraudTicketAsync()
    {
        var s = new FraudScenario(fixture);
        await s.FenceSiteAsync();
        await s.TeleportThenAsync(EventType.ShiftStart);
        var ticket = Assert.Single(await Eventually.ReachAsync(s.FraudTicketsAsync, t => t.Length == 1, "No fraud ticket."));
        return (s, ticket);
    }

    private Task<TicketTransitionResult> MoveAsync(
        FraudScenario s, Ticket ticket, TicketStatus to, string? assignee = null, Resolution? verdict = null) =>
        fixture.Grains.GetGrain<ITicketGrain>(GrainKeys.Compose(s.Tenant, ticket.TicketId))
            .TransitionAsync(new TicketTransition(to, "noc-1", assignee, verdict));
}
