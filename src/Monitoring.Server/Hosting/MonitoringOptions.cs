using Monitoring.Fleet.Hosting;
using Monitoring.Server.Operations;

namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring</c> settings section.</summary>
internal sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary><c>all</c> (default), <c>silo</c> or <c>frontend</c>: what this process does (<see cref="HostRoles"/>).</summary>
    public string Role { get; set; } = "all";

    /// <summary><c>system</c> (default) or <c>manual</c>.</summary>
    public string Clock { get; set; } = "system";

    /// <summary>How far one call may move the manual clock forward (it runs every job due on the way).</summary>
    public TimeSpan MaxClockStep { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The request-body limit of every endpoint but ingest (which takes 4 MiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    public RateLimitOptions RateLimits { get; set; } = new();

    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>Fixes the development key used when no keys are configured (otherwise a random one).</summary>
    public string? DevelopmentKey { get; set; }

    public JwtOptions Jwt { get; set; } = new();

    public SiloOptions Silo { get; set; } = new();

    public InactivityOptions Inactivity { get; set; } = new();

    public FeedOptions Feed { get; set; } = new();

    public StorageOptions Storage { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public IngestOptions Ingest { get; set; } = new();

    public RulesOptions Rules { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    public LimitsOptions Limits { get; set; } = new();

    public NotificationsOptions Notifications { get; set; } = new();

    public OperationsOptions Operations { get; set; } = new();

    public TracingOptions Tracing { get; set; } = new();

    public bool IsManualClock => string.Equals(Clock, "manual", StringComparison.OrdinalIgnoreCase);
}
