namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// A running host to attack: its address, a key per (tenant, role), and how to move its manual
/// clock for the seeding (the host's own fixture knows which key may). Tenants are <c>t1</c> (A,
/// the one the hostile keys belong to) and <c>t2</c> (B, whose ids A probes).
/// </summary>
internal sealed class HostileTarget(
    Uri baseAddress, Func<string, string, string> keyFor, Func<DateTimeOffset, Task> setClock, bool archive)
{
    public const string TenantA = "t1";
    public const string TenantB = "t2";

    public Uri BaseAddress { get; } = baseAddress;

    /// <summary>Whether the host keeps the telemetry archive (PostgreSQL).</summary>
    public bool Archive { get; } = archive;

    public string Key(string tenant, string role) => keyFor(tenant, role);

    public Task SetClockAsync(DateTimeOffset now) => setClock(now);
}
