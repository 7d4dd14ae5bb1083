using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Hosting;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Placement;
using Monitoring.Grains.Scheduling;
using Orleans.TestingHost;

namespace Monitoring.Grains.Tests.Placement;

/// <summary>
/// Two silos: a shift start puts the device and its guard on one silo, beside the caller (local)
/// or on the silo the guard's key hashes to (guard), so the telemetry that follows stays in one silo.
/// </summary>
public sealed class GuardPlacementClusterTests
{
    private const int Guards = 40;

    [Theory]
    [InlineData(GuardPlacementMode.Local)]
    [InlineData(GuardPlacementMode.Guard)]
    public async Task ShiftStart_TwoSilos_DeviceBesideItsGuard(GuardPlacementMode mode)
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
        });
        builder.ConfigureSiloHost((_, host) => host.Services.AddMonitoringGrains(new GrainOptions { Feed = false, Placement = mode }));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var clock = cluster.Silos[0].ServiceProvider.GetRequiredService<MonitoringClock>();
        var tenant = $"t-{Guid.NewGuid():N}";

        for (var i = 0; i < Guards; i++)
        {
            var shiftStart = new TelemetryEvent
            {
                DeviceId = $"d-{i}", Seq = 1, Ts = clock.GetUtcNow(), Type = EventType.ShiftStart, GuardId = $"g-{i}", SiteId = "s-1",
            };
            GuardPlacementHint.Name(GrainKeys.Compose(tenant, shiftStart.GuardId));
            var call = cluster.Client.GetGrain<IDeviceGrain>(GrainKeys.Compose(tenant, shiftStart.DeviceId)).IngestAsync([shiftStart]);
            GuardPlacementHint.Forget();
            Assert.Equal(1, (await call).Accepted);
        }

        var where = await WhereAsync(cluster, tenant);
        var silos = cluster.Silos.Select(s => s.SiloAddress).ToArray();
        for (var i = 0; i < Guards; i++)
        {
            Assert.Equal(where[("guard", $"g-{i}")], where[("device", $"d-{i}")]);
            if (mode == GuardPlacementMode.Guard)
            {
                var hash = IdSpan.Create(GrainKeys.Compose(tenant, $"g-{i}")).GetUniformHashCode();
                Assert.Equal(GuardPlacementDirector.Rendezvous(silos, hash), where[("guard", $"g-{i}")]);
            }
        }

        if (mode == GuardPlacementMode.Guard)
        {
            Assert.Equal(2, where.Values.Distinct().Count());
        }

        await cluster.StopAllSilosAsync();
    }

    /// <summary>The silo of every device and guard grain of the tenant, by grain type and id.</summary>
    private static async Task<Dictionary<(string Type, string Id), SiloAddress>> WhereAsync(InProcessTestCluster cluster, string tenant)
    {
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics
            .Where(s => s.GrainId.Key.ToString()!.StartsWith(tenant + "/", StringComparison.Ordinal))
            .ToDictionary(s => (s.GrainId.Type.ToString()!, GrainKeys.Split(s.GrainId.Key.ToString()!).Id), s => s.SiloAddress);
    }
}
