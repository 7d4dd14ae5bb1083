using Monitoring.Contracts.Alerts;
using Orleans.Concurrency;

namespace Monitoring.Contracts.Notifications;

/// <summary>
/// A site's notifier: it sees every change of the site's alerts, applies silences and inhibition
/// rules, groups what is due per incident, routes it to contacts per tier under their rate limits and
/// queues the messages in the durable outbox. Key: <c>{tenant}/{siteId}</c>.
/// </summary>
public interface INotificationGrain : IGrainWithStringKey
{
    /// <summary>An alert of the site as it stands after a change (raise, update, escalation, action, clear, incident link); idempotent.</summary>
    Task OnAlertAsync(Alert alert);

    /// <summary>
    /// The tenant's book changed (a silence, route or rule): check the open alerts again. One-way: the
    /// notifier reads the book while it checks, so a book that waited here could wait forever.
    /// </summary>
    [OneWay]
    Task PolicyChangedAsync(long version);
}
