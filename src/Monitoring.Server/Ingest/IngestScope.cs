using System.Security.Claims;
using Monitoring.Server.Auth;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Ingest;

/// <summary>
/// What every event of one request is judged against: the time bounds around the host's monitoring
/// clock and the device-id prefix the key is bound to, if any.
/// </summary>
internal readonly struct IngestScope
{
    public IngestScope(DateTimeOffset now, int retentionDays, string? devicePrefix = null)
    {
        // Saturating: a manual clock may stand anywhere from year 1 to 9999.
        RetentionDays = Math.Max(1, retentionDays);
        var window = TimeSpan.FromDays(RetentionDays);
        Oldest = now - DateTimeOffset.MinValue > window ? now - window : DateTimeOffset.MinValue;
        Latest = DateTimeOffset.MaxValue - now > EventValidator.MaxFutureSkew ? now + EventValidator.MaxFutureSkew : DateTimeOffset.MaxValue;
        DevicePrefix = string.IsNullOrEmpty(devicePrefix) ? null : devicePrefix;
    }

    /// <summary>The oldest <c>ts</c> accepted: the retention window back from the host clock.</summary>
    public DateTimeOffset Oldest { get; }

    /// <summary>The latest <c>ts</c> accepted: a little clock skew ahead of the host clock.</summary>
    public DateTimeOffset Latest { get; }

    public int RetentionDays { get; }

    /// <summary>Every event's <c>deviceId</c> must start with this, when set.</summary>
    public string? DevicePrefix { get; }

    public static IngestScope For(ClaimsPrincipal user, DateTimeOffset now, MonitoringOptions options) =>
        new(now, options.Retention.TelemetryDays, user.DevicePrefix());
}
