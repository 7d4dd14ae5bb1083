using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Tickets;

/// <summary>
/// A site's ticket desk: asks <see cref="TicketOpening"/> whether a high or critical alert or
/// incident opens a ticket or joins an open one, and keeps the site's recent tickets for that.
/// Tickets that are no longer open are forgotten after a day (deduplication looks back 4 hours).
/// </summary>
internal sealed class TicketDeskGrain(
    [PersistentState("ticket-desk")] IPersistentState<List<DeskEntry>> state,
    MonitoringClock clock) : Grain, ITicketDeskGrain
{
    private static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    public async Task<string?> RouteAsync(TicketOpeningRequest request)
    {
        var tenant = GrainKeys.Split(this.GetPrimaryKeyString()).Tenant;
        var decision = TicketOpening.Decide(request.ToTrigger(), state.State.Select(e => e.ToSummary()));
        switch (decision.Kind)
        {
            case TicketOpeningKind.Attach when decision.TicketId is { } ticketId:
                await GrainFactory.GetGrain<ITicketGrain>(GrainKeys.Compose(tenant, ticketId)).AttachAsync(request);
                return ticketId;
            case TicketOpeningKind.Open when decision is { Priority: { } priority, SlaDueAt: { } due }:
                var id = "tkt_" + Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
                var ticket = await GrainFactory.GetGrain<ITicketGrain>(GrainKeys.Compose(tenant, id)).OpenAsync(request, priority, due);
                state.State.RemoveAll(e => !TicketWorkflow.IsOpen(e.Status) && clock.GetUtcNow() - e.OpenedAt > Memory);
                state.State.Add(new DeskEntry(id, request.Source, ticket.Category, ticket.SiteId, ticket.GuardId, ticket.CreatedAt, ticket.Status));
                await state.WriteStateAsync();
                return id;
            default:
                return null;
        }
    }

    public async Task StatusChangedAsync(string ticketId, TicketStatus status)
    {
        var at = state.State.FindIndex(e => e.TicketId == ticketId);
        if (at >= 0 && state.State[at].Status != status)
        {
            state.State[at] = state.State[at] with { Status = status };
            await state.WriteStateAsync();
        }
    }
}
