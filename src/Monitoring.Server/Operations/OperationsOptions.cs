namespace Monitoring.Server.Operations;

/// <summary>The <c>Monitoring:Operations</c> settings: the operators' tools beside the API.</summary>
internal sealed class OperationsOptions
{
    /// <summary>
    /// Whether the silo runs the Orleans Dashboard (its grain-call profiler, its counters) and the
    /// host serves it at <see cref="OrleansDashboardSetup.Path"/> to <c>system</c> keys.
    /// </summary>
    public bool OrleansDashboard { get; set; }

    /// <summary>How long a browser's sign-in to the Orleans Dashboard lasts (fixed, not sliding).</summary>
    public TimeSpan OrleansDashboardSession { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether the API reference page is served at <see cref="ApiReference.Path"/>.</summary>
    public bool ApiReference { get; set; } = true;
}
