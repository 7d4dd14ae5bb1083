using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Alerts;

/// <summary>One change of an alert: who did what, when, and the status it led to.</summary>
[GenerateSerializer, Immutable, Alias("alert-history-entry")]
public sealed record AlertHistoryEntry(
    [property: Id(0)] string Action,
    [property: Id(1)] AlertStatus Status,
    [property: Id(2)] Severity Severity,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Notes);
