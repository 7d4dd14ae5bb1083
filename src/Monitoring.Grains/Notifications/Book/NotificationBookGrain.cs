using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Notifications;
using Monitoring.Contracts.Scheduling;
using Monitoring.Contracts.Sites;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>
/// A tenant's notification book: contacts, routes, silences and inhibition rules, each change
/// checked by the domain (Monitoring.Domain.Notifications), stored before it is answered, and
/// raising the version. Changes that alter what alerts do (silences starting and ending, routes,
/// inhibition rules) are told to the site notifiers after they are stored, best-effort: the
/// notifiers also compare versions when they read the policy.
/// </summary>
internal sealed partial class NotificationBookGrain(
    [PersistentState("notification-book")] IPersistentState<NotificationBookState> state,
    MonitoringClock clock,
    IPeriodicWork periodicWork,
    FeedPublisher publisher,
    ILogger<NotificationBookGrain> logger) : Grain, INotificationBookGrain, IClockDrivenGrain, IRemindable
{
    private const int TellPage = 500;

    private string _tenant = "";

    private NotificationBookState Book => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _tenant = this.GetPrimaryKeyString();
        if (!Book.Seeded)
        {
            // Laid down in memory and stored with the first change; from then on the stored set rules.
            foreach (var rule in DefaultInhibitions.All)
            {
                Book.Inhibitions[rule.InhibitionId] = rule;
            }

            Book.Seeded = true;
        }

        return Task.CompletedTask;
    }

    public Task<NotificationPolicy> GetPolicyAsync()
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(new NotificationPolicy(
            Book.Version,
            [.. Book.Contacts.Values.OrderBy(c => c.ContactId, StringComparer.Ordinal)],
            [.. Book.Routes.Values.OrderBy(r => r.RouteId, StringComparer.Ordinal)],
            [.. Listed(now)],
            [.. Book.Inhibitions.Values.OrderBy(r => r.InhibitionId, StringComparer.Ordinal)]));
    }

    public Task<long> GetVersionAsync() => Task.FromResult(Book.Version);

    /// <summary>Raises the version and stores the book; a failed write drops the activation so the next call reloads what is stored.</summary>
    private async Task SaveChangeAsync(bool versioned = true)
    {
        if (versioned)
        {
            Book.Version++;
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// Tells the notifier of <paramref name="siteId"/> (every site of the tenant when null) that the
    /// policy changed. Not awaited: the change is stored already, a notifier calls back into this
    /// grain for the policy, and one that is missing or failing must not fail the admin's change.
    /// </summary>
    private void TellNotifiers(string? siteId) => _ = TellAsync(siteId, Book.Version);

    private async Task TellAsync(string? siteId, long version)
    {
        try
        {
            if (siteId is not null)
            {
                await Notifier(siteId).PolicyChangedAsync(version);
                return;
            }

            var directory = GrainFactory.GetGrain<ISiteDirectoryGrain>(_tenant);
            string? after = null;
            while (true)
            {
                var sites = await directory.ListAsync(after, TellPage);
                await Task.WhenAll(sites.Select(site => Notifier(site).PolicyChangedAsync(version)));
                if (sites.Count < TellPage)
                {
                    return;
                }

                after = sites[^1];
            }
        }
        catch (Exception e)
        {
            LogTellFailed(logger, _tenant, siteId ?? "*", version, e);
        }
    }

    private void TellNotifiers(IEnumerable<string?> siteIds)
    {
        var sites = siteIds.Distinct(StringComparer.Ordinal).ToList();
        foreach (var site in sites.Contains(null) ? [null] : sites)
        {
            TellNotifiers(site);
        }
    }

    private INotificationGrain Notifier(string siteId) => GrainFactory.GetGrain<INotificationGrain>(GrainKeys.Compose(_tenant, siteId));

    private static ImmutableArray<T> Sorted<T>(IEnumerable<T> items, Func<T, string> id) => [.. items.OrderBy(id, StringComparer.Ordinal)];

    private static string Names(IEnumerable<string> ids) => string.Join(", ", ids.Order(StringComparer.Ordinal));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling the notifiers of tenant {Tenant} (site {SiteId}) about policy version {Version} failed; they see it when they next read the version.")]
    private static partial void LogTellFailed(ILogger logger, string tenant, string siteId, long version, Exception exception);
}
