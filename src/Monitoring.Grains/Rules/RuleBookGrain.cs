using System.Collections.Immutable;
using Monitoring.Contracts.Rules;
using Monitoring.Domain.Rules;

namespace Monitoring.Grains.Rules;

/// <summary>
/// A tenant's rule book: the tenant's overrides and each site's, persisted; the tables in force are
/// built by the domain (<see cref="RuleTable.Resolve"/>) and cached until the next change.
/// </summary>
internal sealed class RuleBookGrain([PersistentState("rule-book")] IPersistentState<RuleBookState> state) : Grain, IRuleBookGrain
{
    private const string TenantKey = "";

    private readonly Dictionary<string, RuleTable> _tables = new(StringComparer.Ordinal);

    private RuleBookState Book => state.State;

    public Task<ImmutableArray<RuleView>> GetAsync(string? siteId) => Task.FromResult(View(Blank(siteId)));

    public Task<ResolvedRules> ResolveAsync(string? siteId)
    {
        var site = Blank(siteId);
        return Task.FromResult(new ResolvedRules(Book.Version, site, View(site)));
    }

    public Task<long> GetVersionAsync() => Task.FromResult(Book.Version);

    public async Task<RuleSetResult> SetAsync(string? siteId, RuleOverride rule)
    {
        var site = Blank(siteId);
        if (!RuleTable.Default.TryGet(rule.Type, out var standard))
        {
            return Refused([new("type", "must be one of " + string.Join(", ", RuleTypes.All))]);
        }

        var candidate = rule.ToDefinition(standard);
        var errors = site is null ? CheckTenantRow(candidate) : Table(site).Validate(candidate);
        if (errors.Count > 0)
        {
            return Refused([.. errors.Select(e => e.ToWire())]);
        }

        var stored = rule with { Signal = null, Comparison = null };
        var overrides = site is null ? Book.Tenant : SiteOverrides(site);
        if (!overrides.TryGetValue(rule.Type, out var current) || current != stored)
        {
            overrides[rule.Type] = stored;
            Book.Version++;
            _tables.Clear();
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                // The change is in memory but not stored: let the next call reload what is stored.
                DeactivateOnIdle();
                throw;
            }
        }

        return new RuleSetResult([], View(site).First(r => r.Type == rule.Type), Book.Version);
    }

    // A tenant row must also keep the battery levels in order at every site that overrides the
    // other level (battery_low against battery_critical) without overriding this type itself.
    private IReadOnlyList<RuleError> CheckTenantRow(RuleDefinition candidate)
    {
        var errors = Table(null).Validate(candidate);
        if (errors.Count > 0)
        {
            return errors;
        }

        var tenant = Definitions(Book.Tenant).Where(r => r.Type != candidate.Type).Append(candidate).ToList();
        foreach (var (site, overrides) in Book.Sites.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (overrides.ContainsKey(candidate.Type))
            {
                continue;
            }

            var siteErrors = RuleTable.Resolve(tenant, Definitions(overrides)).Validate(candidate);
            if (siteErrors.Count > 0)
            {
                return [.. siteErrors.Select(e => e with { Message = $"{e.Message} at site {site}" })];
            }
        }

        return [];
    }

    private ImmutableArray<RuleView> View(string? site)
    {
        var siteOverrides = site is not null && Book.Sites.TryGetValue(site, out var found) ? found : null;
        return [.. Table(site).Rules.Select(rule =>
            siteOverrides is not null && siteOverrides.ContainsKey(rule.Type) ? rule.ToView(RuleScopes.Site, site)
            : Book.Tenant.ContainsKey(rule.Type) ? rule.ToView(RuleScopes.Tenant, null)
            : rule.ToView(RuleScopes.Default, null))];
    }

    private RuleTable Table(string? site)
    {
        var siteOverrides = site is not null && Book.Sites.TryGetValue(site, out var found) ? found : null;
        var key = siteOverrides is null ? TenantKey : site!;
        if (!_tables.TryGetValue(key, out var table))
        {
            table = RuleTable.Resolve(Definitions(Book.Tenant), siteOverrides is null ? null : Definitions(siteOverrides));
            _tables[key] = table;
        }

        return table;
    }

    private Dictionary<string, RuleOverride> SiteOverrides(string site)
    {
        if (!Book.Sites.TryGetValue(site, out var overrides))
        {
            overrides = new(StringComparer.Ordinal);
            Book.Sites[site] = overrides;
        }

        return overrides;
    }

    // Overrides of a type this version does not know are kept but ignored, as RuleTable does.
    private static IEnumerable<RuleDefinition> Definitions(Dictionary<string, RuleOverride> overrides) =>
        overrides.Values
            .Where(o => RuleTypes.IsKnown(o.Type))
            .Select(o => o.ToDefinition(RuleTable.Default[o.Type]));

    private RuleSetResult Refused(ImmutableArray<RuleFieldError> errors) => new(errors, null, Book.Version);

    private static string? Blank(string? siteId) => string.IsNullOrEmpty(siteId) ? null : siteId;
}
