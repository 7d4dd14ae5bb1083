namespace Monitoring.Grains.Rules;

/// <summary>
/// Where device and guard grains get the health rules in force, chosen once at setup
/// (<see cref="HealthRuleSources"/>): the tenant's rule book, or <see cref="ActiveRules.Off"/> when the
/// silo runs no health rules. Grains evaluate what they get without asking which.
/// </summary>
internal interface IHealthRules
{
    /// <summary>The rules in force at the site (the per-event path: no await while the cache is fresh).</summary>
    ValueTask<ActiveRules> GetAsync(string tenant, string? siteId);

    /// <summary>
    /// The durable backstop for device_offline, from the guard's evaluation: each of the guard's
    /// devices is asked to check its own health (its wake-up may have died with its silo).
    /// </summary>
    Task AskDevicesAsync(IGrainFactory grains, string tenant, IReadOnlyList<string> deviceIds);
}
