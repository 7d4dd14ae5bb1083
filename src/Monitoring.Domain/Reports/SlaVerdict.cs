namespace Monitoring.Domain.Reports;

/// <summary>How an alert stands against its response SLA (its acknowledge-by time).</summary>
public enum SlaVerdict : byte
{
    /// <summary>An operator answered it at or before its due time.</summary>
    Met,

    /// <summary>Answered after its due time, or unanswered past it (open, or cleared by the system late).</summary>
    Breached,

    /// <summary>Open, unanswered, and not yet due.</summary>
    Pending,

    /// <summary>Cleared by the system before its due time, before anyone had to answer.</summary>
    ClearedInTime,
}
