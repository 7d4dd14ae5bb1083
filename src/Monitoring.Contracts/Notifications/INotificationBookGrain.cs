namespace Monitoring.Contracts.Notifications;

/// <summary>
/// A tenant's notification book: contacts, routes, silences and inhibition rules, validated and
/// persisted. Key: <c>{tenant}</c>. Every change raises the version, so a grain that cached the
/// <see cref="NotificationPolicy"/> refreshes it when <see cref="GetVersionAsync"/> differs.
/// </summary>
public interface INotificationBookGrain : IGrainWithStringKey
{
    /// <summary>The whole set-up, secrets included (for the silo's notifiers, never for the API).</summary>
    Task<NotificationPolicy> GetPolicyAsync();

    /// <summary>The current version.</summary>
    Task<long> GetVersionAsync();

    /// <summary>
    /// A site's notifier reports how many open alerts <paramref name="silenceId"/> silences there; a
    /// silence with <c>endWhenResolved</c> ends once it silenced alerts and every site reports none open.
    /// </summary>
    Task ReportSilencedAsync(string silenceId, string siteId, int openAlerts);
}
