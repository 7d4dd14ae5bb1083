using Monitoring.Contracts.Devices;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Rules;

/// <summary>
/// The tenant's rule book through the silo's cache. How the guard asks its devices is chosen once:
/// one-way on the system clock, so a device whose silo just died cannot hold the guard's evaluation
/// up until the call times out; answered on the manual clock (one host, replays and tests), so the
/// clock moves on only after each device has set its next wake-up and a replay stays in time order.
/// </summary>
internal sealed class RuleBookHealthRules(RuleBookCache cache, bool waitForDevices) : IHealthRules
{
    private readonly Func<IDeviceGrain, Task> _ask = waitForDevices
        ? static device => device.CheckHealthAsync()
        : static device => device.RequestHealthCheckAsync();

    public ValueTask<ActiveRules> GetAsync(string tenant, string? siteId) => cache.GetAsync(tenant, siteId);

    public async Task AskDevicesAsync(IGrainFactory grains, string tenant, IReadOnlyList<string> deviceIds)
    {
        foreach (var deviceId in deviceIds)
        {
            await _ask(grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(tenant, deviceId)));
        }
    }
}
