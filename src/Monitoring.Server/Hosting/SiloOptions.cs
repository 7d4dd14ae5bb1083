namespace Monitoring.Server.Hosting;

/// <summary>Where this silo listens, and reminder limits (tests shorten them).</summary>
internal sealed class SiloOptions
{
    public int Port { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    public TimeSpan? MinimumReminderPeriod { get; set; }
}
