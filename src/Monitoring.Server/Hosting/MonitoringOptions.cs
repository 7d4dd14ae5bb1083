namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring</c> settings section.</summary>
internal sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary><c>system</c> (default) or <c>manual</c>.</summary>
    public string Clock { get; set; } = "system";

    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>Fixes the development key used when no keys are configured (otherwise a random one).</summary>
    public string? DevelopmentKey { get; set; }

    public SiloOptions Silo { get; set; } = new();

    public InactivityOptions Inactivity { get; set; } = new();

    public FeedOptions Feed { get; set; } = new();

    public StorageOptions Storage { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public RulesOptions Rules { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    public LimitsOptions Limits { get; set; } = new();

    public bool IsManualClock => string.Equals(Clock, "manual", StringComparison.OrdinalIgnoreCase);
}
