using System.Security.Claims;
using Monitoring.Server.Hosting;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Auth;

/// <summary>
/// Binds a key to the devices whose ids start with its <see cref="ApiKeyOptions.DevicePrefix"/>: on
/// ingest, an event for any other device is rejected. A key without a prefix speaks for every
/// device of its tenant.
/// </summary>
internal static class DeviceScope
{
    public const string PrefixClaim = "devicePrefix";

    /// <summary>The claim carrying the key's prefix, or none; throws when the prefix could match no device id.</summary>
    public static IEnumerable<Claim> ClaimsFor(ApiKeyOptions key)
    {
        if (string.IsNullOrEmpty(key.DevicePrefix))
        {
            return [];
        }

        if (key.DevicePrefix.Length >= Ids.MaxLength || !Ids.IsValid(key.DevicePrefix))
        {
            throw new InvalidOperationException(
                $"API key ending '{key.Key[^Math.Min(4, key.Key.Length)..]}': DevicePrefix must be 1-{Ids.MaxLength - 1} characters a device id may hold.");
        }

        return [new Claim(PrefixClaim, key.DevicePrefix)];
    }

    /// <summary>The prefix the authenticated key is bound to, or null.</summary>
    public static string? DevicePrefix(this ClaimsPrincipal user) => user.FindFirstValue(PrefixClaim);
}
