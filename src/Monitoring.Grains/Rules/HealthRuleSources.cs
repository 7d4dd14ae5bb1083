using Microsoft.Extensions.DependencyInjection;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Rules;

/// <summary>Picks the grains' <see cref="IHealthRules"/> once, from the registered <see cref="HealthRulesPolicy"/> and clock.</summary>
internal static class HealthRuleSources
{
    public static IHealthRules From(IServiceProvider services) =>
        services.GetRequiredService<HealthRulesPolicy>().Enabled
            ? new RuleBookHealthRules(services.GetRequiredService<RuleBookCache>(), waitForDevices: services.GetRequiredService<MonitoringClock>().IsManual)
            : NoHealthRules.Instance;
}
