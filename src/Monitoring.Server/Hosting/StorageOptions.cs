namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Storage</c> settings: how live grain state reaches PostgreSQL.</summary>
internal sealed class StorageOptions
{
    /// <summary>
    /// With PostgreSQL, guard and device state is also written on this period (never per event), so a
    /// silo's death loses at most this much of a guard's window. Ignored on the embedded default.
    /// </summary>
    public TimeSpan CheckpointPeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Threads committing telemetry to the archive, each one group commit at a time.</summary>
    public int ArchiveWriters { get; set; } = 2;

    /// <summary>
    /// The most PostgreSQL connections this process holds: the one pool shared by the Orleans
    /// providers, the archive writers (one each, for good), the event log and the history.
    /// </summary>
    public int MaxConnections { get; set; } = Monitoring.Persistence.PostgresStore.DefaultMaxConnections;

    /// <summary>
    /// With PostgreSQL, the site signal streams (alerts to incidents) run on the durable ADO.NET
    /// stream provider (default); false puts them on memory streams, as on the embedded default,
    /// where a silo's death can lose a signal in flight (docs/correlation.md).
    /// </summary>
    public bool DurableSignals { get; set; } = true;

    /// <summary>The cluster (and service) id shared by the silos of one deployment.</summary>
    public string ClusterId { get; set; } = "monitoring";
}
