using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Tenants;
using Monitoring.Grains.Tenants;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The tenant's caps as they reach a guard: the guard takes one of the tenant's guard slots the first
/// time it is named, a shift start's site must fit under the site cap, and the guard lists at most
/// <see cref="TenantLimits.DevicesPerGuard"/> devices. The grain looks the limits up when needed and
/// keeps none in a field: every guard of a shift lives in memory.
/// </summary>
internal static partial class GuardAdmission
{
    /// <summary>Null when the guard may start a shift at <paramref name="siteId"/>; otherwise the cap reached.</summary>
    public static async Task<string?> AdmitAsync(IGrainFactory grains, string tenant, GuardSnapshot guard, string siteId, IServiceProvider services)
    {
        var limits = services.GetRequiredService<TenantLimits>();
        if (!await TakeSlotAsync(grains, tenant, guard))
        {
            return limits.Reached(QuotaKind.Guard);
        }

        if (siteId != guard.SiteId && !await grains.GetGrain<ISiteDirectoryGrain>(tenant).TryAddAsync(siteId))
        {
            return limits.Reached(QuotaKind.Site);
        }

        return null;
    }

    /// <summary>
    /// True when the guard holds one of the tenant's guard slots, taking one if it has none yet. The
    /// flag is saved with the guard's next write (the shift start that follows, or deactivation).
    /// </summary>
    public static async ValueTask<bool> TakeSlotAsync(IGrainFactory grains, string tenant, GuardSnapshot guard)
    {
        if (!guard.Admitted)
        {
            guard.Admitted = await grains.GetGrain<ITenantQuotaGrain>(tenant).TryAdmitAsync(QuotaKind.Guard);
        }

        return guard.Admitted;
    }

    /// <summary>
    /// Adds a device to the guard's list, up to the cap (<see cref="GuardShift.List"/>); true when added.
    /// With <paramref name="log"/>, says so when it is refused (on its shift start, not on every batch it sends).
    /// </summary>
    public static bool ListDevice(GuardSnapshot guard, string deviceId, IServiceProvider services, bool log, string tenant, string guardId)
    {
        var limits = services.GetRequiredService<TenantLimits>();
        var added = new GuardShift(guard).List(deviceId, limits.DevicesPerGuard, out var refused);
        if (refused && log)
        {
            LogDeviceListFull(services.GetRequiredService<ILogger<GuardGrain>>(), tenant, guardId, limits.DevicesPerGuard, deviceId);
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guard {Tenant}/{GuardId} lists {Cap} devices already; device {DeviceId} is not listed.")]
    private static partial void LogDeviceListFull(ILogger logger, string tenant, string guardId, int cap, string deviceId);
}
