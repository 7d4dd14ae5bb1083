using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Placement;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Tenants;

namespace Monitoring.Grains.Hosting;

/// <summary>Everything the grains take from the host's settings, read once at setup (<see cref="GrainSetup.AddMonitoringGrains"/>).</summary>
public sealed record GrainOptions
{
    /// <summary>Time moves only when told to (replays, demos, tests) instead of with the system clock.</summary>
    public bool ManualClock { get; init; }

    /// <summary>Grains keep their periodic work in Orleans reminders (durable, as with PostgreSQL) rather than in the per-silo scheduler alone.</summary>
    public bool Reminders { get; init; }

    /// <summary>Grains publish feed envelopes for the web hosts' relays.</summary>
    public bool Feed { get; init; } = true;

    public InactivitySettings Inactivity { get; init; } = InactivitySettings.Default;

    public HealthRulesPolicy Rules { get; init; } = HealthRulesPolicy.On;

    public IngestLimits Ingest { get; init; } = IngestLimits.Default;

    public TenantLimits Limits { get; init; } = TenantLimits.Default;

    /// <summary>Acknowledge links and whether alerts reach the site notifiers.</summary>
    public NotificationSettings Notifications { get; init; } = NotificationSettings.Default;

    /// <summary>When live grain state is written; the embedded default writes only on deactivation.</summary>
    public CheckpointPolicy Checkpoint { get; init; } = CheckpointPolicy.Embedded;

    /// <summary>Fraud model training window, weekly retraining and how often silos look for a new active model.</summary>
    public FraudModelSettings FraudModels { get; init; } = FraudModelSettings.Default;

    /// <summary>Where device and guard grains are activated (every silo of a cluster should agree).</summary>
    public GuardPlacementMode Placement { get; init; } = GuardPlacementMode.Local;
}
