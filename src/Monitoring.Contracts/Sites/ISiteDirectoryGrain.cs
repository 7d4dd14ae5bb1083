namespace Monitoring.Contracts.Sites;

/// <summary>The ids of a tenant's sites, for listing and for the tenant's cap on sites. Key: <c>{tenant}</c>.</summary>
public interface ISiteDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a site (idempotent), even beyond the cap: the site exists already.</summary>
    Task AddAsync(string siteId);

    /// <summary>
    /// Records a site that is about to be created, under the tenant's cap on sites: true when it is
    /// known or was added, false when it is new and the cap is reached.
    /// </summary>
    Task<bool> TryAddAsync(string siteId);

    /// <summary>Up to <paramref name="limit"/> site ids after <paramref name="after"/> (null: from the first), in the directory's order.</summary>
    Task<IReadOnlyList<string>> ListAsync(string? after, int limit);
}
