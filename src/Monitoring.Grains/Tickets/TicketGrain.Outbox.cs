using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Tickets;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Outbox;

namespace Monitoring.Grains.Tickets;

/// <summary>
/// The outbox: <see cref="TicketSnapshot.Pending"/> names the steps the saved ticket still owes, run
/// in order after the save; a failure leaves the rest owed and a timer tries again with backoff (a
/// new activation at once). A finished drain is written lazily (next change, deactivation); after a
/// crash the steps run once more, which the index upsert and the desk's status update allow.
/// </summary>
internal sealed partial class TicketGrain
{
    private static readonly TicketFollowUps[] Steps = [TicketFollowUps.Index, TicketFollowUps.Feed, TicketFollowUps.Desk, TicketFollowUps.Label];

    private OutboxRetry? _retry;
    private bool _unwritten;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwritten && state.State.Ticket is not null)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private async Task DrainAsync(bool withDesk)
    {
        try
        {
            foreach (var step in Steps)
            {
                if (state.State.Ticket is not { } ticket || (state.State.Pending & step) == 0 || (step == TicketFollowUps.Desk && !withDesk))
                {
                    continue;
                }

                await RunAsync(step, ticket);
                state.State.Pending &= step == TicketFollowUps.Feed ? ~(step | TicketFollowUps.Opened) : ~step;
                _unwritten = true;
            }

            if (state.State.Pending == TicketFollowUps.None)
            {
                _retry?.Done();
            }
            else
            {
                _retry?.Soon();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var delay = _retry!.Failed();
            LogFollowUpFailed(logger, e, this.GetPrimaryKeyString(), state.State.Pending, _retry.Failures, delay);
        }
    }

    private Task RunAsync(TicketFollowUps step, Ticket ticket)
    {
        switch (step)
        {
            case TicketFollowUps.Index:
                return GrainFactory.GetGrain<ITicketIndexGrain>(_tenant).UpsertAsync(ticket);
            case TicketFollowUps.Feed:
                var opened = (state.State.Pending & TicketFollowUps.Opened) != 0;
                publisher.Publish(FeedEnvelopes.Of(
                    opened ? FeedTypes.TicketOpened : FeedTypes.TicketUpdated, _tenant, ticket.SiteId, ticket.GuardId, ticket.UpdatedAt, ticket));
                return Task.CompletedTask;
            case TicketFollowUps.Label:
                return LabelAsync(ticket);
            default:
                return GrainFactory.GetGrain<ITicketDeskGrain>(GrainKeys.Compose(_tenant, ticket.SiteId)).StatusChangedAsync(_ticketId, ticket.Status);
        }
    }

    /// <summary>The verdict labels the events each of the ticket's fraud_risk alerts was raised for (labelling twice is harmless).</summary>
    private async Task LabelAsync(Ticket ticket)
    {
        if (FraudLabels.Of(ticket.Verdict) is not { } label)
        {
            return;
        }

        foreach (var alertId in ticket.AlertIds)
        {
            if (await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, alertId)).GetAsync() is { } alert)
            {
                await FraudLabels.ApplyAsync(fraudLedger, _tenant, alert, label);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {Ticket}: follow-ups {Pending} failed (attempt {Attempt}); tried again in {Delay}.")]
    private static partial void LogFollowUpFailed(ILogger logger, Exception error, string ticket, TicketFollowUps pending, int attempt, TimeSpan delay);
}
