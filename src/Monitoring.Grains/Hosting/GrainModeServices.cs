using Microsoft.Extensions.DependencyInjection;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Hosting;

/// <summary>The ports through which the host's modes reach the grains, each chosen once here.</summary>
internal static class GrainModeServices
{
    /// <summary>
    /// Registers the periodic work (reminders or the scheduler) and the health-rule source (the rule
    /// book, or none), from the <see cref="ReminderPolicy"/>, <see cref="HealthRulesPolicy"/> and
    /// <see cref="MonitoringClock"/> already registered.
    /// </summary>
    internal static IServiceCollection AddGrainModes(this IServiceCollection services)
    {
        services.AddSingleton<IPeriodicWork>(PeriodicWork.From);
        services.AddSingleton<IHealthRules>(HealthRuleSources.From);
        return services;
    }
}
