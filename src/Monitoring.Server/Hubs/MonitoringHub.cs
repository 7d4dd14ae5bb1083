using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Monitoring.Server.Auth;
using Monitoring.Server.Feed;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Hubs;

/// <summary>
/// The live feed at <c>/hubs/monitoring</c>. Thin: it only joins and leaves groups of the caller's
/// own tenant; the relay sends. The server calls the client method <c>event</c> with one envelope.
/// A connection holds at most <see cref="HubLimits.SubscriptionsPerConnection"/> subscriptions.
/// </summary>
[Authorize(Policy = Roles.ReadPolicy)]
internal sealed class MonitoringHub(FeedRelay relay, GroupMembership membership) : Hub
{
    public const string Path = "/hubs/monitoring";
    public const string EventMethod = "event";
    public const string BatchMethod = "events";

    public async Task Subscribe(SubscriptionRequest? request)
    {
        var tenant = Validate(request);
        var group = HubGroups.For(tenant, request);
        if (!membership.TryJoin(Context.ConnectionId, group))
        {
            throw new HubException(
                $"subscriptions: at most {membership.MaxGroupsPerConnection} per connection; unsubscribe from one before subscribing to another");
        }

        try
        {
            await relay.WatchTenantAsync(tenant);
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }
        catch
        {
            membership.Leave(Context.ConnectionId, group);
            throw;
        }

        // A disconnect that ran while this call was under way found nothing to forget yet.
        if (Context.ConnectionAborted.IsCancellationRequested)
        {
            membership.Disconnected(Context.ConnectionId);
        }
    }

    public async Task Unsubscribe(SubscriptionRequest? request)
    {
        var group = HubGroups.For(Validate(request), request);
        membership.Leave(Context.ConnectionId, group);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        membership.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private string Validate(SubscriptionRequest? request)
    {
        if (request?.SiteId is { Length: > 0 } site && !Ids.IsValid(site))
        {
            throw new HubException($"siteId: {Ids.Rule}");
        }

        if (request?.GuardId is { Length: > 0 } guard && !Ids.IsValid(guard))
        {
            throw new HubException($"guardId: {Ids.Rule}");
        }

        if (request is { Incidents: true, GuardId.Length: > 0 })
        {
            throw new HubException("guardId: incident subscriptions are per site or per tenant, not per guard");
        }

        return Context.User!.Tenant();
    }
}
