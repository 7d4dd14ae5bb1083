using Microsoft.Extensions.DependencyInjection;

namespace Monitoring.Grains.Scheduling;

/// <summary>Picks the grains' <see cref="IPeriodicWork"/> once, from the registered <see cref="ReminderPolicy"/>.</summary>
public static class PeriodicWork
{
    public static IPeriodicWork From(IServiceProvider services) =>
        services.GetRequiredService<ReminderPolicy>().Enabled
            ? ActivatorUtilities.CreateInstance<ReminderPeriodicWork>(services)
            : ActivatorUtilities.CreateInstance<ScheduledPeriodicWork>(services);
}
