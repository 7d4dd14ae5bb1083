namespace Monitoring.Contracts.Sites;

/// <summary>The ids of a tenant's sites, for listing. Key: <c>{tenant}</c>.</summary>
public interface ISiteDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a site (idempotent).</summary>
    Task AddAsync(string siteId);

    /// <summary>All site ids, sorted.</summary>
    Task<IReadOnlyList<string>> ListAsync();
}
