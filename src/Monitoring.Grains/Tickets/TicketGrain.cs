using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Outbox;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Tickets;

/// <summary>
/// One ticket and its workflow (<see cref="TicketWorkflow"/>). Every change is written before the
/// caller hears of it, with what it owes the tenant's index, the live feed and the site's desk; those
/// follow-ups run after the save until done (TicketGrain.Outbox.cs).
/// </summary>
internal sealed partial class TicketGrain(
    [PersistentState("ticket")] IPersistentState<TicketSnapshot> state,
    MonitoringClock clock,
    FeedPublisher publisher,
    IFraudLedger fraudLedger,
    ILogger<TicketGrain> logger) : Grain, ITicketGrain
{
    private string _tenant = "";
    private string _ticketId = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _ticketId) = GrainKeys.Split(this.GetPrimaryKeyString());
        _retry = new OutboxRetry(this, () => DrainAsync(withDesk: true));
        if (state.State.Pending != TicketFollowUps.None)
        {
            _retry.Soon();
        }

        return Task.CompletedTask;
    }

    public async Task<Ticket> OpenAsync(TicketOpeningRequest request, TicketPriority priority, DateTimeOffset slaDueAt)
    {
        if (state.State.Ticket is { } existing)
        {
            return existing;
        }

        var now = clock.GetUtcNow();
        var ticket = new Ticket
        {
            TicketId = _ticketId,
            Category = request.Category,
            Priority = priority,
            Status = TicketStatus.New,
            SiteId = request.SiteId,
            GuardId = request.GuardId,
            AlertIds = request.Source is TicketSource.Alert or TicketSource.Fraud ? [request.SourceId] : [], // a fraud finding is its alert
            IncidentId = request.Source == TicketSource.Incident ? request.SourceId : null,
            CreatedAt = request.At,
            SlaDueAt = slaDueAt,
            UpdatedAt = now,
            History = [new TicketHistoryEntry("opened", TicketStatus.New, "system", now, null)],
        };
        await SaveAsync(ticket, TicketFollowUps.Opened);
        return ticket;
    }

    public async Task<Ticket?> AttachAsync(TicketOpeningRequest request)
    {
        if (state.State.Ticket is not { } ticket || !TicketWorkflow.IsOpen(ticket.Status))
        {
            return state.State.Ticket;
        }

        var attached = request.Source switch
        {
            TicketSource.Incident when ticket.IncidentId is null => ticket with { IncidentId = request.SourceId },
            not TicketSource.Incident when !ticket.AlertIds.Contains(request.SourceId) => ticket with { AlertIds = ticket.AlertIds.Add(request.SourceId) },
            _ => ticket,
        };
        if (ReferenceEquals(attached, ticket))
        {
            return ticket;
        }

        // Beyond the history cap the link is still kept (the alert names this ticket), without its entry.
        var now = clock.GetUtcNow();
        await SaveAsync(attached with
        {
            UpdatedAt = now,
            History = attached.History.Length < TicketLimits.MaxHistory
                ? attached.History.Add(new TicketHistoryEntry("attached " + request.SourceId, ticket.Status, "system", now, null))
                : attached.History,
        }, TicketFollowUps.None);
        return state.State.Ticket;
    }

    public async Task<TicketTransitionResult> TransitionAsync(TicketTransition transition)
    {
        if (state.State.Ticket is not { } ticket)
        {
            return new TicketTransitionResult(TicketTransitionCheck.Conflict, null);
        }

        var verdict = transition.Verdict?.ToString();
        var check = TicketWorkflow.Decide(ticket.Status, transition.To, transition.By, transition.Assignee, state.State.Fingerprints, verdict);
        if (check == TicketTransitionCheck.Repeated)
        {
            await DrainAsync(withDesk: true);
            return new TicketTransitionResult(check, state.State.Ticket ?? ticket);
        }

        if (check == TicketTransitionCheck.Allowed && verdict is not null
            && (transition.To != TicketStatus.Resolved || ticket.Category != TicketCategories.Fraud))
        {
            return new TicketTransitionResult(TicketTransitionCheck.VerdictNotAllowed, ticket);
        }

        if (check != TicketTransitionCheck.Allowed || TicketWorkflow.Next(ticket.Status, transition.To) is not { } next)
        {
            return new TicketTransitionResult(check, ticket);
        }

        if (ticket.History.Length >= TicketLimits.MaxHistory)
        {
            return new TicketTransitionResult(TicketTransitionCheck.Full, ticket);
        }

        var now = clock.GetUtcNow();
        var moved = ticket with
        {
            Status = next,
            Assignee = next == TicketStatus.Assigned ? transition.Assignee : ticket.Assignee,
            Verdict = next == TicketStatus.Resolved ? transition.Verdict : ticket.Verdict,
            UpdatedAt = now,
            History = ticket.History.Add(new TicketHistoryEntry(
                "moved", next, transition.By, now, next == TicketStatus.Assigned ? transition.Assignee : null)),
        };
        var extra = moved.Verdict is not null && next == TicketStatus.Resolved ? TicketFollowUps.Desk | TicketFollowUps.Label : TicketFollowUps.Desk;
        await SaveAsync(moved, extra, TicketWorkflow.Fingerprint(transition.To, transition.By, transition.Assignee, verdict));
        return new TicketTransitionResult(TicketTransitionCheck.Allowed, moved);
    }

    public Task<Ticket?> GetAsync() => Task.FromResult(state.State.Ticket);

    /// <summary>Writes the change with the follow-ups it owes in the same write, then does them.</summary>
    private async Task SaveAsync(Ticket ticket, TicketFollowUps extra, string? fingerprint = null)
    {
        var (before, pending, fingerprints) = (state.State.Ticket, state.State.Pending, state.State.Fingerprints.Count);
        state.State.Ticket = ticket;
        if (fingerprint is not null)
        {
            state.State.Fingerprints.Add(fingerprint);
        }

        state.State.Pending |= TicketFollowUps.Index | TicketFollowUps.Feed | extra;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not saved means not applied: memory must not answer a retry with a change storage never got.
            (state.State.Ticket, state.State.Pending) = (before, pending);
            state.State.Fingerprints.RemoveRange(fingerprints, state.State.Fingerprints.Count - fingerprints);
            throw;
        }

        // The desk calls Open and Attach itself and waits: telling it now would wait on it in turn.
        await DrainAsync(withDesk: fingerprint is not null);
    }
}
