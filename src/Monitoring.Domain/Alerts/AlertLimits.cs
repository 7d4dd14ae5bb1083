namespace Monitoring.Domain.Alerts;

/// <summary>
/// How much an alert keeps, so that no operator (or script) can grow one without end. Actions beyond
/// these answer 409 and change nothing; resolving is always allowed (it ends the alert, once).
/// </summary>
public static class AlertLimits
{
    /// <summary>Verification attempts per alert.</summary>
    public const int MaxVerifications = 50;

    /// <summary>History entries per alert (the system's own entries are few: raised, severity, escalation levels, cleared).</summary>
    public const int MaxHistory = 200;

    /// <summary>Whether the alert has room for one more action of <paramref name="kind"/>.</summary>
    public static bool HasRoom(AlertActionKind kind, int verifications, int historyEntries) => kind switch
    {
        AlertActionKind.Resolve => true,
        AlertActionKind.Verify => verifications < MaxVerifications && historyEntries < MaxHistory,
        _ => historyEntries < MaxHistory,
    };
}
