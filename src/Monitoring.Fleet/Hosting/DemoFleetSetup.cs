using Microsoft.Extensions.DependencyInjection;

namespace Monitoring.Fleet.Hosting;

/// <summary>Runs the demo fleet inside a web host, against that host's own HTTP API.</summary>
public static class DemoFleetSetup
{
    /// <summary>
    /// Adds a background service that, when <paramref name="options"/> asks for guards, plays a demo
    /// night against the host once it listens; <paramref name="host"/> describes the host (asked at start).
    /// </summary>
    public static IServiceCollection AddDemoFleet(this IServiceCollection services, DemoOptions options, Func<IServiceProvider, DemoHost> host)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(host);
        return services.AddHostedService(sp => ActivatorUtilities.CreateInstance<DemoFleetService>(sp, options, host(sp)));
    }
}
