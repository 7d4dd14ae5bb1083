using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Alerts;

/// <summary>The outbox's first step: the alert's ticket, linked before anyone hears of the alert.</summary>
internal sealed partial class AlertGrain
{
    /// <summary>
    /// A high or critical open alert gets a ticket from its site's desk (a new one or an open one it
    /// joins). The link is a change the others must hear of: as a rule they are still owed the change
    /// that asked for the ticket, so they hear of both at once; after a deferred ticket step, again.
    /// </summary>
    private async Task TicketAsync(Alert alert)
    {
        if (alert.TicketId is not null || alert.Severity < Severity.High || !AlertWorkflow.IsOpen(alert.Status))
        {
            return;
        }

        var request = RequestOf(alert);
        if (await GrainFactory.GetGrain<ITicketDeskGrain>(GrainKeys.Compose(_tenant, alert.SiteId)).RouteAsync(request) is not { } ticketId)
        {
            return;
        }

        // If this write fails, memory keeps the link (the later steps tell it; a later write stores it);
        // after a crash before then, the reactivated alert asks the desk again and joins the ticket just opened.
        state.State.Alert = alert with { TicketId = ticketId };
        state.State.Pending |= AlertFollowUps.Listeners;
        await state.WriteStateAsync();
    }

    /// <summary>A fraud_risk alert asks for a fraud ticket (per guard, 24 h: <see cref="TicketTrigger.ForFraud"/>), any other for its type's.</summary>
    private static TicketOpeningRequest RequestOf(Alert alert)
    {
        if (alert is { Type: AlertTypeCatalog.FraudRisk, GuardId: { } guardId })
        {
            var t = TicketTrigger.ForFraud(alert.AlertId, guardId, alert.SiteId, alert.Score ?? 1, alert.RaisedAt);
            return new TicketOpeningRequest(t.Source, t.SourceId, t.Category, t.SiteId, t.GuardId, t.Severity, t.At);
        }

        return new TicketOpeningRequest(TicketSource.Alert, alert.AlertId, alert.Type, alert.SiteId, alert.GuardId, alert.Severity, alert.RaisedAt);
    }
}
