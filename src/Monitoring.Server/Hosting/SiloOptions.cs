using Monitoring.Grains.Placement;

namespace Monitoring.Server.Hosting;

/// <summary>Where this silo listens, and reminder limits (tests shorten them).</summary>
internal sealed class SiloOptions
{
    public int Port { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    public TimeSpan? MinimumReminderPeriod { get; set; }

    /// <summary>
    /// Whether each on-shift guard (and escalating alert) registers an Orleans reminder. Default:
    /// yes with PostgreSQL (the reminders are durable), no on the embedded default, whose in-memory
    /// reminders die with the silo like the silo's own scheduler, which then runs the evaluations
    /// with less memory per guard. True on the embedded default registers them anyway.
    /// </summary>
    public bool? Reminders { get; set; }

    /// <summary>
    /// With PostgreSQL: the address this silo gives the others (default: this machine's address as
    /// its host name resolves). Several silos on one machine can all use 127.0.0.1.
    /// </summary>
    public string? AdvertisedIp { get; set; }

    /// <summary>
    /// Run under Orleans' Kubernetes hosting (deploy/k8s): the silo is named after its pod,
    /// advertises the pod's IP, and silos whose pod is gone are marked dead. Needs the pod's
    /// POD_NAME, POD_NAMESPACE, POD_IP, ORLEANS_SERVICE_ID and ORLEANS_CLUSTER_ID variables and
    /// PostgreSQL clustering; refused at start without them.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>
    /// Where a guard's device and guard grains are activated: <c>local</c> (default: beside the
    /// first caller, so a front-end's calls for a device reach the silo that holds it and the device
    /// calls its guard in-process), <c>resource</c> (Orleans' default), <c>guard</c> (hashed by the
    /// guard). docs/benchmarks.md "issue 19: co-location" has the figures behind the default.
    /// </summary>
    public GuardPlacementMode Placement { get; set; } = GuardPlacementMode.Local;

    /// <summary>Orleans' (experimental) activation repartitioner: moves grains that call each other onto one silo.</summary>
    public bool Repartition { get; set; }

    /// <summary>
    /// With PostgreSQL: Orleans' strongly consistent grain directory (no second activation of a grain
    /// while silos join or leave) instead of its eventually consistent default.
    /// </summary>
    public bool StrongDirectory { get; set; } = true;
}
