using System.Collections.Concurrent;
using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// The tenants' notification policies, per silo, for the site notifiers: the book's version is
/// checked at most once per <see cref="Freshness"/> and the policy fetched again only when it moved.
/// A policy given with <see cref="Seed"/> stands in for the book (tests, tools); with
/// <see cref="SeededOnly"/> a tenant without one has no routes, and the book is never asked.
/// </summary>
public sealed class NotificationPolicyCache(IGrainFactory grains)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, NotificationRules> _seeded = new(StringComparer.Ordinal);

    /// <summary>Only seeded policies count (a silo without a book: tests of the notifier alone).</summary>
    public bool SeededOnly { get; init; }

    /// <summary>The tenant's rules in force.</summary>
    public async ValueTask<NotificationRules> GetAsync(string tenant)
    {
        if (_seeded.TryGetValue(tenant, out var seeded) || SeededOnly)
        {
            return seeded ?? NotificationRules.Empty;
        }

        var now = Environment.TickCount64;
        if (_tenants.TryGetValue(tenant, out var entry) && now - entry.CheckedAt <= Freshness.TotalMilliseconds)
        {
            return entry.Rules;
        }

        var book = grains.GetGrain<INotificationBookGrain>(tenant);
        var version = await book.GetVersionAsync();
        var rules = entry is not null && entry.Rules.Version == version
            ? entry.Rules
            : NotificationRules.From(await book.GetPolicyAsync());
        _tenants[tenant] = new Entry(rules, now);
        return rules;
    }

    /// <summary>Forgets a tenant's policy, so the next read asks the book (a change made through this host).</summary>
    public void Invalidate(string tenant) => _tenants.TryRemove(tenant, out _);

    /// <summary>Serves <paramref name="policy"/> for the tenant instead of the book's.</summary>
    public void Seed(string tenant, NotificationPolicy policy) => _seeded[tenant] = NotificationRules.From(policy);

    private sealed record Entry(NotificationRules Rules, long CheckedAt);
}
