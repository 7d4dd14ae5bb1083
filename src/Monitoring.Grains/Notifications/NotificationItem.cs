using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Notifications;

/// <summary>One alert as a message tells it, with its signed acknowledge link (null where none applies).</summary>
[GenerateSerializer, Immutable, Alias("notification-item")]
public sealed record NotificationItem
{
    [Id(0)] public required string AlertId { get; init; }
    [Id(1)] public required string Type { get; init; }
    [Id(2)] public Severity Severity { get; init; }
    [Id(3)] public AlertStatus Status { get; init; }
    [Id(4)] public string? GuardId { get; init; }
    [Id(5)] public string? DeviceId { get; init; }
    [Id(6)] public DateTimeOffset RaisedAt { get; init; }
    [Id(7)] public int EscalationLevel { get; init; }
    [Id(8)] public DateTimeOffset SlaDueAt { get; init; }
    [Id(9)] public string? AckUrl { get; init; }
}
