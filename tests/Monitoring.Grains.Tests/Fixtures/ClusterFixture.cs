using Monitoring.Grains.Devices;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Hosting;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Incidents;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Placement;
using Monitoring.Grains.Tests.Notifications;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Grains.Tenants;
using Orleans.TestingHost;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>
/// A one-silo in-process cluster with in-memory storage and reminders, sharing one manual clock
/// with the test. Reminders may tick every half second so reminder-driven tests run in seconds.
/// </summary>
public abstract class ClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public MonitoringClock Clock { get; } = new(manual: true);

    /// <summary>Faults on the device grains' ingest path, per tenant; off unless a test switches them on.</summary>
    public IngestFaults IngestFaults { get; } = new();

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("Cluster not started.");

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>What the site notifiers queued.</summary>
    public RecordingOutbox Outbox { get; } = new();

    /// <summary>The notification policies the notifiers read; tests seed them per tenant (no book grain needed).</summary>
    public NotificationPolicyCache Policies => Cluster.Silos[0].ServiceProvider.GetRequiredService<NotificationPolicyCache>();

    public AckLinks Links => Cluster.Silos[0].ServiceProvider.GetRequiredService<AckLinks>();

    public DueWorkScheduler Scheduler => Cluster.Silos[0].ServiceProvider.GetRequiredService<DueWorkScheduler>();

    /// <summary>The silo's fraud ledger (memory).</summary>
    public IFraudLedger FraudLedger => Cluster.Silos[0].ServiceProvider.GetRequiredService<IFraudLedger>();

    /// <summary>Grain calls the tests make fail on purpose.</summary>
    public CallFaults Faults => Cluster.Silos[0].ServiceProvider.GetRequiredService<CallFaults>();

    protected abstract InactivitySettings Settings { get; }

    /// <summary>Whether grains register reminders (as with PostgreSQL) or leave the periodic work to the scheduler (the embedded default).</summary>
    protected virtual ReminderPolicy Reminders => ReminderPolicy.Off;

    /// <summary>Whether the health rules run; off where tests count inactivity evaluations alone.</summary>
    protected virtual HealthRulesPolicy Rules => HealthRulesPolicy.Off;

    /// <summary>The tenants' caps; small ones where a test reaches them.</summary>
    protected virtual TenantLimits Limits => TenantLimits.Default;

    public async Task InitializeAsync()
    {
        Clock.Set(new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.Zero));
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
            silo.AddSignalStreams();
            silo.AddIncomingGrainCallFilter<IngestFaults.GuardFaultFilter>();
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500));
        });
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddSingleton(Clock);
            host.Services.AddSingleton(Reminders);
            host.Services.AddSingleton<DueWorkScheduler>();
            host.Services.AddHostedService(sp => sp.GetRequiredService<DueWorkScheduler>());
            host.Services.AddSingleton<FeedPublisher>();
            host.Services.AddHostedService(sp => sp.GetRequiredService<FeedPublisher>());
            host.Services.AddSingleton(Settings);
            host.Services.AddSingleton(CheckpointPolicy.None);
            host.Services.AddSingleton<IHistoryStore, MemoryHistory>();
            host.Services.AddSingleton<IEventLog, MemoryEventLog>();
            host.Services.AddSingleton(IngestFaults);
            host.Services.AddSingleton<ITelemetryArchive>(IngestFaults);
            host.Services.AddSingleton(IngestLimits.Default);
            host.Services.AddSingleton<DeviceIngestServices>();
            host.Services.AddSingleton<IFraudLedger, MemoryFraudLedger>();
            host.Services.AddSingleton<IFraudScorerSource, RulesOnlyScorerSource>();
            host.Services.AddSingleton<FraudServices>();
            host.Services.AddSingleton(Rules);
            host.Services.AddSingleton<RuleBookCache>();
            host.Services.AddSingleton<CallFaults>();
            host.Services.AddGuardPlacement(GuardPlacementMode.Local);
            host.Services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<CallFaults>());
            host.Services.AddSingleton(Limits);
            host.Services.AddSingleton(new NotificationSettings { LinkSecret = "grain-tests-link-secret" });
            host.Services.AddSingleton<AckLinks>();
            host.Services.AddSingleton(sp => new NotificationPolicyCache(sp.GetRequiredService<IGrainFactory>()) { SeededOnly = true });
            host.Services.AddSingleton<INotificationOutbox>(Outbox);
            host.Services.AddGrainModes();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}
