using Monitoring.Contracts.Sites;
using Monitoring.Grains.Tenants;

namespace Monitoring.Grains.Sites;

/// <summary>
/// A tenant's site ids; written whenever a new site appears. It holds every id anyway, so it is where
/// the cap on sites (<see cref="TenantLimits.SitesPerTenant"/>) is kept, exactly.
/// </summary>
internal sealed class SiteDirectoryGrain(
    [PersistentState("site-directory")] IPersistentState<SortedSet<string>> state, TenantLimits limits)
    : Grain, ISiteDirectoryGrain
{
    public async Task AddAsync(string siteId)
    {
        if (state.State.Add(siteId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<bool> TryAddAsync(string siteId)
    {
        if (state.State.Contains(siteId))
        {
            return true;
        }

        if (state.State.Count >= limits.SitesPerTenant)
        {
            return false;
        }

        await AddAsync(siteId);
        return true;
    }

    public Task<IReadOnlyList<string>> ListAsync(string? after, int limit)
    {
        var ids = state.State;
        var from = after is null ? ids : ids.Where(id => ids.Comparer.Compare(id, after) > 0);
        return Task.FromResult<IReadOnlyList<string>>([.. from.Take(limit)]);
    }
}
