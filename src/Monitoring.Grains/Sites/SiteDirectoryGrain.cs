using Monitoring.Contracts.Sites;

namespace Monitoring.Grains.Sites;

/// <summary>A tenant's site ids; written whenever a new site appears.</summary>
internal sealed class SiteDirectoryGrain([PersistentState("site-directory")] IPersistentState<SortedSet<string>> state)
    : Grain, ISiteDirectoryGrain
{
    public async Task AddAsync(string siteId)
    {
        if (state.State.Add(siteId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State]);
}
