using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Tenants;
using Monitoring.Grains.Tenants;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The tenant's caps as they reach a guard: the guard takes one of the tenant's guard slots the first
/// time it is named, a shift start's site must fit under the site cap, and the guard lists at most
/// <see cref="TenantLimits.DevicesPerGuard"/> devices. The limits are looked up when needed, not kept
/// in a field: every guard of a shift lives in memory.
/// </summary>
internal sealed partial class GuardGrain
{
    public async Task<string?> AdmitAsync(string siteId)
    {
        if (!await TakeGuardSlotAsync())
        {
            return Limits.Reached(QuotaKind.Guard);
        }

        if (siteId != Guard.SiteId && !await GrainFactory.GetGrain<ISiteDirectoryGrain>(_tenant).TryAddAsync(siteId))
        {
            return Limits.Reached(QuotaKind.Site);
        }

        return null;
    }

    private TenantLimits Limits => ServiceProvider.GetRequiredService<TenantLimits>();

    /// <summary>
    /// True when this guard holds one of the tenant's guard slots, taking one if it has none yet. The
    /// flag is saved with the guard's next write (the shift start that follows, or deactivation).
    /// </summary>
    private async ValueTask<bool> TakeGuardSlotAsync()
    {
        if (Guard.Admitted)
        {
            return true;
        }

        Guard.Admitted = await GrainFactory.GetGrain<ITenantQuotaGrain>(_tenant).TryAdmitAsync(QuotaKind.Guard);
        return Guard.Admitted;
    }

    /// <summary>
    /// Adds a device to the guard's list, up to the cap (<see cref="GuardShift.List"/>).
    /// <paramref name="log"/>: say so when it is refused (on its shift start, not on every batch it sends).
    /// </summary>
    private bool ListDevice(string deviceId, bool log)
    {
        var cap = Limits.DevicesPerGuard;
        var added = Shift.List(deviceId, cap, out var refused);
        if (refused && log)
        {
            LogDeviceListFull(ServiceProvider.GetRequiredService<ILogger<GuardGrain>>(), _tenant, _guardId, cap, deviceId);
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guard {Tenant}/{GuardId} lists {Cap} devices already; device {DeviceId} is not listed.")]
    private static partial void LogDeviceListFull(ILogger logger, string tenant, string guardId, int cap, string deviceId);
}
