namespace Monitoring.Contracts.Tenants;

/// <summary>
/// A tenant's counts of admitted guards and devices, held against the host's caps. It keeps counts,
/// not ids: each entity remembers that it was admitted and asks once. Key: <c>{tenant}</c>.
/// </summary>
/// <remarks>
/// Sites are admitted by <see cref="Sites.ISiteDirectoryGrain.TryAddAsync"/>, which holds their ids
/// anyway and so counts them exactly; <see cref="QuotaKind.Site"/> here is for a caller without one.
/// </remarks>
public interface ITenantQuotaGrain : IGrainWithStringKey
{
    /// <summary>Takes one slot of <paramref name="kind"/>: true when the count was below the cap (and is now one more), false at the cap.</summary>
    Task<bool> TryAdmitAsync(QuotaKind kind);

    /// <summary>The admitted count of <paramref name="kind"/>.</summary>
    Task<int> CountAsync(QuotaKind kind);
}
