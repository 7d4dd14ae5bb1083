using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitoring.Domain.Fraud;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Placement;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Storage.Audit;
using Monitoring.Grains.Storage.Memory;

namespace Monitoring.Grains.Hosting;

/// <summary>Registers the services the grains need in a silo's container.</summary>
public static class GrainSetup
{
    /// <summary>
    /// The clock, the due-work scheduler, the feed publisher, the rule cache, the ingest and tenant
    /// limits, the checkpoint policy and the mode ports (periodic work, health rules) from
    /// <paramref name="options"/>, and the embedded default of
    /// every storage port (history and feed log in memory, no telemetry archive). A durable
    /// implementation registered before or after this call (PostgreSQL's) takes the ports' place.
    /// </summary>
    public static IServiceCollection AddMonitoringGrains(this IServiceCollection services, GrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(new MonitoringClock(options.ManualClock));
        services.AddSingleton(options.Reminders ? ReminderPolicy.On : ReminderPolicy.Off);
        services.AddSingleton<DueWorkScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DueWorkScheduler>());
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FeedPublisher>(sp, options.Feed));
        services.AddHostedService(sp => sp.GetRequiredService<FeedPublisher>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<FeedPublisher>());
        services.AddSingleton(options.Inactivity);
        services.AddSingleton(options.Rules);
        services.AddSingleton<RuleBookCache>();
        services.AddSingleton(options.Ingest);
        services.AddSingleton<DeviceIngestServices>();
        services.AddSingleton(options.Limits);
        services.AddSingleton(options.Checkpoint);
        services.AddSingleton(options.Notifications);
        services.AddSingleton<AckLinks>();
        services.AddSingleton<NotificationPolicyCache>();
        services.AddGrainModes();
        services.AddGuardPlacement(options.Placement);
        services.TryAddSingleton<IHistoryStore, MemoryHistory>();
        services.TryAddSingleton<IEventLog, MemoryEventLog>();
        services.TryAddSingleton<ITelemetryArchive>(NoArchive.Instance);
        services.TryAddSingleton<IAuditLog, MemoryAuditLog>();
        services.TryAddSingleton<IFraudLedger, MemoryFraudLedger>();
        services.TryAddSingleton<IFraudScorerSource, RulesOnlyScorerSource>();
        services.AddSingleton<FraudServices>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<INotificationOutbox>(sp => new MemoryNotificationOutbox(sp.GetRequiredService<OutboxSignal>()));
        services.AddFraudModels(options.FraudModels, _ => RuleFraudScorer.Instance);
        return services;
    }

    /// <summary>The director of <see cref="GuardPlacementAttribute"/>: every silo hosting device or guard grains needs it.</summary>
    public static IServiceCollection AddGuardPlacement(this IServiceCollection services, GuardPlacementMode mode)
    {
        services.AddPlacementDirector<GuardPlacementStrategy>(sp => new GuardPlacementDirector(sp, mode));
        return services;
    }
}
