namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Retention</c> settings (PostgreSQL only).</summary>
internal sealed class RetentionOptions
{
    /// <summary>Archived telemetry older than this many days is dropped (whole UTC days).</summary>
    public int TelemetryDays { get; set; } = 30;
}
