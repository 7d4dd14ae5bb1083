namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Retention</c> settings (PostgreSQL only).</summary>
internal sealed class RetentionOptions
{
    /// <summary>Archived telemetry older than this many days is dropped (whole UTC days).</summary>
    public int TelemetryDays { get; set; } = 30;

    /// <summary>Event log envelopes older than this many days are deleted (each tenant's newest stays).</summary>
    public int EventLogDays { get; set; } = 90;

    /// <summary>Alerts, incidents and tickets closed longer ago than this many days leave the history.</summary>
    public int HistoryDays { get; set; } = 365;

    /// <summary>Scored attendance events older than this many days leave the fraud ledger (and so the training data).</summary>
    public int FraudDays { get; set; } = 30;

    /// <summary>Why the settings cannot be used, or null.</summary>
    public string? Problem => (EventLogDays, HistoryDays, FraudDays) switch
    {
        (< 1, _, _) => $"Monitoring:Retention:EventLogDays must be at least 1 (it is {EventLogDays}).",
        (_, < 1, _) => $"Monitoring:Retention:HistoryDays must be at least 1 (it is {HistoryDays}).",
        (_, _, < 1) => $"Monitoring:Retention:FraudDays must be at least 1 (it is {FraudDays}).",
        _ => null,
    };
}
