using System.Collections.Immutable;

namespace Monitoring.Contracts.Rules;

/// <summary>
/// A tenant's device-health rules: its overrides of the product table and each site's overrides.
/// Key: <c>{tenant}</c>. Every change increments the version, so a grain that cached a
/// <see cref="ResolvedRules"/> refreshes it when <see cref="GetVersionAsync"/> differs.
/// </summary>
public interface IRuleBookGrain : IGrainWithStringKey
{
    /// <summary>The table in force for the tenant (null site) or for one site, each row with its scope.</summary>
    Task<ImmutableArray<RuleView>> GetAsync(string? siteId);

    /// <summary>
    /// Validates <paramref name="rule"/> with the domain and, when valid, makes it the tenant's row of
    /// its type (null site) or the site's; returns the errors, or the row now in force.
    /// </summary>
    Task<RuleSetResult> SetAsync(string? siteId, RuleOverride rule);

    /// <summary>The table in force for one site (null: the tenant's), stamped with the current version.</summary>
    Task<ResolvedRules> ResolveAsync(string? siteId);

    /// <summary>The current version: it increments on every change of the tenant's or any site's rules.</summary>
    Task<long> GetVersionAsync();
}
