namespace Monitoring.Tests.Shared.Hostile;

/// <summary>A tenant's objects created before the hostile run: the ids probed, and the state that must not change.</summary>
internal sealed record SeededTenant(string Tenant, string Prefix)
{
    public List<string> Sites { get; } = [];

    public List<string> Guards { get; } = [];

    public List<string> Devices { get; } = [];

    public List<string> Alerts { get; } = [];

    public List<string> Tickets { get; } = [];

    public List<string> Incidents { get; } = [];

    public List<string> Contacts { get; } = [];

    public List<string> Routes { get; } = [];

    public List<string> Silences { get; } = [];

    /// <summary>The tenant's own inhibition rule (not the default every tenant has, whose id is the same everywhere).</summary>
    public List<string> Inhibitions { get; } = [];

    /// <summary>Every id of the tenant, for the check that another tenant's answers never show one.</summary>
    public IEnumerable<string> AllIds => Sites.Concat(Guards).Concat(Devices).Concat(Alerts).Concat(Tickets).Concat(Incidents)
        .Concat(Contacts).Concat(Routes).Concat(Silences).Concat(Inhibitions);
}
