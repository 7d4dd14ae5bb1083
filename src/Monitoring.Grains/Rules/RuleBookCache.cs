using System.Collections.Concurrent;
using Monitoring.Contracts.Rules;

namespace Monitoring.Grains.Rules;

/// <summary>
/// The rule tables in force, cached per silo for every grain that evaluates rules: each tenant's
/// book version is checked at most once per <see cref="Freshness"/> (one grain call per tenant per
/// second per silo, not one per device), and a site's table is fetched once per version. A change
/// made through this host's API invalidates at once (<see cref="Invalidate"/>); other silos see it
/// within <see cref="Freshness"/>.
/// </summary>
public sealed class RuleBookCache(IGrainFactory grains)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> _tenants = new(StringComparer.Ordinal);

    /// <summary>The table in force at the site; no await and no grain call while the cache is fresh (the per-event path).</summary>
    internal ValueTask<ActiveRules> GetAsync(string tenant, string? siteId) =>
        _tenants.TryGetValue(tenant, out var entry) && Environment.TickCount64 - entry.CheckedAt <= Freshness.TotalMilliseconds
            && entry.Sites.TryGetValue(siteId ?? "", out var rules)
            ? ValueTask.FromResult(rules)
            : ReadAsync(tenant, siteId);

    private async ValueTask<ActiveRules> ReadAsync(string tenant, string? siteId)
    {
        var book = grains.GetGrain<IRuleBookGrain>(tenant);
        var now = Environment.TickCount64;
        if (!_tenants.TryGetValue(tenant, out var entry) || now - entry.CheckedAt > Freshness.TotalMilliseconds)
        {
            var version = await book.GetVersionAsync();
            entry = entry is not null && entry.Version == version ? entry with { CheckedAt = now } : new Entry(version, now, new(StringComparer.Ordinal));
            _tenants[tenant] = entry;
        }

        var key = siteId ?? "";
        if (entry.Sites.TryGetValue(key, out var rules))
        {
            return rules;
        }

        var resolved = await book.ResolveAsync(siteId);
        rules = new ActiveRules(resolved.ToTable(), resolved.Version);
        if (resolved.Version == entry.Version)
        {
            entry.Sites[key] = rules;
        }

        return rules;
    }

    /// <summary>Forgets a tenant's tables, so the next evaluation reads the book.</summary>
    public void Invalidate(string tenant) => _tenants.TryRemove(tenant, out _);

    private sealed record Entry(long Version, long CheckedAt, ConcurrentDictionary<string, ActiveRules> Sites);
}
