using System.Collections.Immutable;
using Monitoring.Contracts.Notifications;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>Routes: their contacts must be in the book and their sites in the tenant, so no route matches nothing.</summary>
internal sealed partial class NotificationBookGrain
{
    private static readonly string?[] AllSites = [null];

    public Task<ImmutableArray<Route>> ListRoutesAsync() => Task.FromResult(Sorted(Book.Routes.Values, r => r.RouteId));

    public Task<Route?> GetRouteAsync(string routeId) => Task.FromResult(Book.Routes.GetValueOrDefault(routeId));

    public async Task<BookResult<Route>> PutRouteAsync(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var candidate = route with
        {
            SiteIds = BookInputs.Items(route.SiteIds),
            Types = BookInputs.Items(route.Types),
            Severities = BookInputs.Items(route.Severities),
            Tiers = [.. BookInputs.Items(route.Tiers).OrderBy(t => t?.Tier ?? -1)],
            UpdatedAt = clock.GetUtcNow(),
        };
        var sites = await ExistingSitesAsync(candidate.SiteIds);
        var errors = RouteRules.Check(BookInputs.Of(route), Book.Contacts.ContainsKey, sites.Contains);
        if (errors.Count > 0)
        {
            return BookAnswers.Refused<Route>(errors);
        }

        var stored = Book.Routes.GetValueOrDefault(candidate.RouteId);
        if (stored is null && Book.Routes.Count >= BookLimits.Routes)
        {
            return BookAnswers.Conflict<Route>("routeId", $"the tenant's limit of {BookLimits.Routes} routes is reached");
        }

        Book.Routes[candidate.RouteId] = candidate;
        await SaveChangeAsync();
        TellNotifiers(ScopeOf(candidate).Concat(stored is null ? [] : ScopeOf(stored)));
        return BookAnswers.Done(candidate);
    }

    public async Task<BookResult<Route>> DeleteRouteAsync(string routeId)
    {
        if (!Book.Routes.Remove(routeId, out var route))
        {
            return BookAnswers.NotFound<Route>();
        }

        await SaveChangeAsync();
        TellNotifiers(ScopeOf(route));
        return BookAnswers.Done(route);
    }

    /// <summary>The sites a route concerns (null: every site).</summary>
    private static IEnumerable<string?> ScopeOf(Route route) =>
        route.SiteIds.IsDefaultOrEmpty ? AllSites : route.SiteIds;

    /// <summary>Which of <paramref name="siteIds"/> are sites of the tenant (a site exists once created or named by a shift).</summary>
    private async Task<HashSet<string>> ExistingSitesAsync(ImmutableArray<string> siteIds)
    {
        var valid = siteIds.Where(BookIds.IsValid).Distinct(StringComparer.Ordinal).Take(BookLimits.SitesPerRoute).ToList();
        var found = await Task.WhenAll(valid.Select(async id =>
            (Id: id, Known: await GrainFactory.GetGrain<ISiteGrain>(GrainKeys.Compose(_tenant, id)).GetAsync() is not null)));
        return [.. found.Where(f => f.Known).Select(f => f.Id)];
    }
}
