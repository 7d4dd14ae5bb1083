namespace Monitoring.Server.Hosting;

/// <summary>What one process of a deployment does (<c>Monitoring:Role</c>, see <see cref="HostRoles"/>).</summary>
internal enum HostRole
{
    /// <summary>Silo, API, hub and dashboard in one process: the embedded default, and any number of such hosts on PostgreSQL.</summary>
    All,

    /// <summary>Grains only, with health and metrics: no API, hub or dashboard. PostgreSQL clustering.</summary>
    Silo,

    /// <summary>API, hub and dashboard over an Orleans client of the PostgreSQL-clustered silos; never hosts a grain.</summary>
    Frontend,
}
