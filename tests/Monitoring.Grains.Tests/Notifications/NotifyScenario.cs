using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Notifications;

/// <summary>One site of a fresh tenant with a seeded notification policy, alerts raised as the rules would, and the manual clock.</summary>
public sealed class NotifyScenario(ClusterFixture fixture)
{
    private int _alerts;

    public string Tenant { get; } = "t-" + Guid.NewGuid().ToString("N")[..8];
    public string SiteId { get; } = "s-" + Guid.NewGuid().ToString("N")[..8];

    public DateTimeOffset Now => fixture.Clock.GetUtcNow();

    public IReadOnlyList<OutboundNotification> Messages => fixture.Outbox.Of(Tenant);

    public IReadOnlyList<OutboundNotification> To(string contactId) => [.. Messages.Where(m => m.ContactId == contactId)];

    public static Contact Contact(string id, params ChannelKind[] kinds) => new()
    {
        ContactId = id,
        Name = "Name of " + id,
        Channels = [.. (kinds.Length == 0 ? [ChannelKind.Email] : kinds).Select(k => new ContactChannel { Kind = k, Url = "http://127.0.0.1:9/hook", Address = id + "@example.test" })],
    };

    public static Route Route(params (int Tier, string[] Contacts)[] tiers) => new()
    {
        RouteId = "r-" + Guid.NewGuid().ToString("N")[..6],
        Tiers = [.. tiers.Select(t => new RouteTier(t.Tier, [.. t.Contacts]))],
    };

    public void Seed(IEnumerable<Contact> contacts, IEnumerable<Route> routes, IEnumerable<Silence>? silences = null, IEnumerable<Inhibition>? inhibitions = null, long version = 1) =>
        fixture.Policies.Seed(Tenant, new NotificationPolicy(version, [.. contacts], [.. routes], [.. silences ?? []], [.. inhibitions ?? []]));

    public IAlertGrain Alert(string alertId) => fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(Tenant, alertId));

    public INotificationGrain Notifier => fixture.Grains.GetGrain<INotificationGrain>(GrainKeys.Compose(Tenant, SiteId));

    public async Task<string> RaiseAsync(
        string type = "device_offline", Severity severity = Severity.Medium, string? guardId = null, string? deviceId = null,
        TimeSpan? sla = null, string evidence = "{}")
    {
        var alertId = $"alt-{Interlocked.Increment(ref _alerts):D4}-{Guid.NewGuid():N}"[..20];
        await Alert(alertId).RaiseAsync(new AlertDraft(type, severity, SiteId, guardId, deviceId, null, evidence, sla ?? TimeSpan.FromHours(2)));
        return alertId;
    }

    /// <summary>Waits until the correlation grain has linked every alert to an incident, and returns the incidents.</summary>
    public async Task<ImmutableHashSet<string>> LinkedAsync(IEnumerable<string> alertIds)
    {
        var incidents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alertId in alertIds)
        {
            var alert = await Eventually.ReachAsync(() => Alert(alertId).GetAsync(), a => a?.IncidentId is not null, $"{alertId} was never linked to an incident.");
            incidents.Add(alert!.IncidentId!);
        }

        return [.. incidents];
    }

    public Task AdvanceAsync(TimeSpan by) => fixture.Scheduler.AdvanceAsync(Now + by);

    public Task AdvanceToAsync(DateTimeOffset at) => fixture.Scheduler.AdvanceAsync(at);

    public AckLinks Links => fixture.Links;

    /// <summary>No flush was queued twice (the outbox would have ignored it, but the notifier should not need that).</summary>
    public void NoRepeatedKeys() => Assert.Empty(fixture.Outbox.RepeatsOf(Tenant));
}
