using Monitoring.Domain.Alerts;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>In-grain fraud scoring through the device and guard grains: alert, fraud ticket, ledger and labels.</summary>
[Collection(FraudCollection.Name)]
public sealed class FraudScoringTests(ScheduledClusterFixture fixture)
{
    [Fact]
    public async Task ClockIn_OutsideSiteWithTeleportingFixes_OneFraudAlertAndOneFraudTicket()
    {
        var s = new FraudScenario(fixture);
        await s.FenceSiteAsync();

        await s.TeleportThenAsync(EventType.ShiftStart);
        fixture.Clock.Set(fixture.Clock.GetUtcNow().AddMinutes(10));
        await s.TeleportThenAsync(EventType.Checkpoint);

        var alert = Assert.Single(await Eventually.ReachAsync(s.FraudAlertsAsync, a => a.Length > 0, "No fraud_risk alert."));
        Assert.Equal(Severity.High, alert.Severity);
        Assert.True(alert.Score >= 0.8);
        var evidence = alert.Evidence;
        Assert.Equal(RuleFraudScorer.RulesVersion, evidence.GetProperty("model_version").GetString());
        Assert.Equal("velocity_kmh", evidence.GetProperty("top")[0].GetProperty("feature").GetString());
        var ticket = Assert.Single(await Eventually.ReachAsync(s.FraudTicketsAsync, t => t.Length > 0, "No fraud ticket."));
        Assert.Equal(alert.AlertId, Assert.Single(ticket.AlertIds));
        var rows = await s.LedgerAsync();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Equal(alert.AlertId, r.AlertId));
        Assert.Equal([EventType.Checkpoint, EventType.ShiftStart], rows.Select(r => r.EventType));
        Assert.All(rows, r => Assert.Equal(FraudFeatureNames.Count, r.Features.Length));
        Assert.Equal(71, rows[1].Features[(int)FraudFeature.BatteryPct]);
    }

    [Fact]
    public async Task FraudTicket_NewAlertWithin24Hours_JoinsIt_After24Hours_OpensAnother()
    {
        var s = new FraudScenario(fixture);
        await s.FenceSiteAsync();
        var t0 = fixture.Clock.GetUtcNow();
        await s.TeleportThenAsync(EventType.ShiftStart);
        var first = Assert.Single(await Eventually.ReachAsync(s.FraudAlertsAsync, a => a.Length == 1, "No first alert."));
        await Eventually.ReachAsync(s.FraudTicketsAsync, t => t.Length == 1, "No first ticket.");
        await s.ResolveAsync(first.AlertId, Resolution.Confirmed);

        fixture.Clock.Set(t0.AddHours(23));
        await s.TeleportThenAsync(EventType.Checkpoint);
        var second = await Eventually.ReachAsync(s.FraudAlertsAsync, a => a.Length == 2, "No second alert.");
        var joined = await Eventually.ReachAsync(s.FraudTicketsAsync, t => t is [{ AlertIds.Length: 2 }], "The second alert did not join the ticket.");
        await s.ResolveAsync(second.Single(a => a.AlertId != first.AlertId).AlertId, Resolution.Confirmed);

        fixture.Clock.Set(t0.AddHours(25));
        await s.TeleportThenAsync(EventType.Biometric);
        await Eventually.ReachAsync(s.FraudAlertsAsync, a => a.Length == 3, "No third alert.");
        var tickets = await Eventually.ReachAsync(s.FraudTicketsAsync, t => t.Length == 2, "No second ticket after 24 h.");

        Assert.Contains(tickets, t => t.TicketId == joined[0].TicketId);
        Assert.Single(tickets, t => t.AlertIds.Length == 1);
    }

    [Theory]
    [InlineData(Resolution.Confirmed, FraudLabel.Fraud)]
    [InlineData(Resolution.FalsePositive, FraudLabel.Legit)]
    public async Task Resolve_FraudAlert_LabelsItsLedgerRows(Resolution resolution, FraudLabel expected)
    {
        var s = new FraudScenario(fixture);
        await s.FenceSiteAsync();
        await s.TeleportThenAsync(EventType.ShiftStart);
        var alert = Assert.Single(await Eventually.ReachAsync(s.FraudAlertsAsync, a => a.Length == 1, "No alert."));

        await s.ResolveAsync(alert.AlertId, resolution);

        var rows = await Eventually.ReachAsync(s.LedgerAsync, r => r is [{ Label: not null }], "The ledger row was not labelled.");
        Assert.Equal(expected, rows[0].Label);
        var sample = Assert.Single(await fixture.FraudLedger.ReadSamplesAsync(s.Tenant, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 10));
        Assert.Equal(expected, sample.Label);
    }

    [Fact]
    public async Task Resolve_FraudAlertAsResolved_LabelsNothing()
    {
        var s = new FraudScenario(fixture);
        await s.FenceSiteAsync();
        await s.TeleportThenAsync(EventType.ShiftStart);
        var alert = Assert.Single(await Eventually.ReachAsync(s.FraudAlertsAsync, a => a.Length == 1, "No alert."));

        await s.ResolveAsync(alert.AlertId, Resolution.Resolved);
        await Eventually.ReachAsync(s.FraudAlertsAsync, a => a is [{ Status: AlertStatus.Resolved }], "Not resolved.");

        Assert.Null(Assert.Single(await s.LedgerAsync()).Label);
    }
}
