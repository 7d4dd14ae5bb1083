namespace Monitoring.Server.Hosting;

/// <summary>
/// The <c>Monitoring:Retention</c> settings. Telemetry, the event log and the history are PostgreSQL
/// only (the embedded default keeps them in bounded memory); the audit log and the notification
/// delivery log age out in both modes.
/// </summary>
internal sealed class RetentionOptions
{
    /// <summary>Archived telemetry older than this many days is dropped (whole UTC days).</summary>
    public int TelemetryDays { get; set; } = 30;

    /// <summary>Event log envelopes older than this many days are deleted (each tenant's newest stays).</summary>
    public int EventLogDays { get; set; } = 90;

    /// <summary>Alerts, incidents and tickets closed longer ago than this many days leave the history.</summary>
    public int HistoryDays { get; set; } = 365;

    /// <summary>Audit records older than this many days are deleted.</summary>
    public int AuditDays { get; set; } = 365;

    /// <summary>Sent and dead notifications last updated longer ago than this many days leave the delivery log.</summary>
    public int NotificationDays { get; set; } = 30;

    /// <summary>Why the settings cannot be used, or null.</summary>
    public string? Problem =>
        new (string Name, int Days)[]
        {
            (nameof(EventLogDays), EventLogDays), (nameof(HistoryDays), HistoryDays),
            (nameof(AuditDays), AuditDays), (nameof(NotificationDays), NotificationDays),
        }
        .Where(s => s.Days < 1)
        .Select(s => $"Monitoring:Retention:{s.Name} must be at least 1 (it is {s.Days}).")
        .FirstOrDefault();
}
