namespace Monitoring.Fleet.Http;

/// <summary>The answer of <c>GET /api/v1/admin/clock</c>: the host's time and <c>manual</c> or <c>system</c>.</summary>
internal sealed record HostClock(DateTimeOffset Now, string? Mode)
{
    public bool IsManual => string.Equals(Mode, "manual", StringComparison.Ordinal);
}
