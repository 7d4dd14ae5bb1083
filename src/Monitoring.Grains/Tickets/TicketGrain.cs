using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Tickets;

/// <summary>
/// One ticket and its workflow (<see cref="TicketWorkflow"/>). Every change is written before the
/// caller hears of it; then the tenant's index, the site's desk and the live feed are told.
/// </summary>
internal sealed class TicketGrain(
    [PersistentState("ticket")] IPersistentState<TicketSnapshot> state,
    MonitoringClock clock,
    FeedPublisher publisher) : Grain, ITicketGrain
{
    private string _tenant = "";
    private string _ticketId = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _ticketId) = GrainKeys.Split(this.GetPrimaryKeyString());
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
            AlertIds = request.Source == TicketSource.Alert ? [request.SourceId] : [],
            IncidentId = request.Source == TicketSource.Incident ? request.SourceId : null,
            CreatedAt = request.At,
            SlaDueAt = slaDueAt,
            UpdatedAt = now,
            History = [new TicketHistoryEntry("opened", TicketStatus.New, "system", now, null)],
        };
        await SaveAsync(ticket, opened: true);
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

        var now = clock.GetUtcNow();
        await SaveAsync(attached with
        {
            UpdatedAt = now,
            History = attached.History.Add(new TicketHistoryEntry("attached " + request.SourceId, ticket.Status, "system", now, null)),
        }, opened: false);
        return state.State.Ticket;
    }

    public async Task<TicketTransitionResult> TransitionAsync(TicketTransition transition)
    {
        if (state.State.Ticket is not { } ticket)
        {
            return new TicketTransitionResult(TicketTransitionCheck.Conflict, null);
        }

        var check = TicketWorkflow.Decide(ticket.Status, transition.To, transition.By, transition.Assignee, state.State.Fingerprints);
        if (check != TicketTransitionCheck.Allowed || TicketWorkflow.Next(ticket.Status, transition.To) is not { } next)
        {
            return new TicketTransitionResult(check, ticket);
        }

        var now = clock.GetUtcNow();
        var moved = ticket with
        {
            Status = next,
            Assignee = next == TicketStatus.Assigned ? transition.Assignee : ticket.Assignee,
            UpdatedAt = now,
            History = ticket.History.Add(new TicketHistoryEntry(
                "moved", next, transition.By, now, next == TicketStatus.Assigned ? transition.Assignee : null)),
        };
        state.State.Fingerprints.Add(TicketWorkflow.Fingerprint(transition.To, transition.By, transition.Assignee));
        await SaveAsync(moved, opened: false);
        await GrainFactory.GetGrain<ITicketDeskGrain>(GrainKeys.Compose(_tenant, moved.SiteId)).StatusChangedAsync(_ticketId, next);
        return new TicketTransitionResult(TicketTransitionCheck.Allowed, moved);
    }

    public Task<Ticket?> GetAsync() => Task.FromResult(state.State.Ticket);

    private async Task SaveAsync(Ticket ticket, bool opened)
    {
        state.State.Ticket = ticket;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ITicketIndexGrain>(_tenant).UpsertAsync(ticket);
        publisher.Publish(FeedEnvelopes.Of(
            opened ? FeedTypes.TicketOpened : FeedTypes.TicketUpdated, _tenant, ticket.SiteId, ticket.GuardId, ticket.UpdatedAt, ticket));
    }
}
