using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// The outcome of one attempt: <see cref="DeliveryStatus.Sent"/>, <see cref="DeliveryStatus.Failed"/>
/// (tried again at <see cref="NextAttemptAt"/>, real time) or <see cref="DeliveryStatus.Dead"/>.
/// <see cref="At"/> is the monitoring clock's time of the attempt.
/// </summary>
public sealed record DeliveryAttempt(DeliveryStatus Status, DateTimeOffset At, string? Error, DateTimeOffset? NextAttemptAt)
{
    /// <summary>The receiver accepted the message.</summary>
    public static DeliveryAttempt Sent(DateTimeOffset at) => new(DeliveryStatus.Sent, at, null, null);

    /// <summary>The attempt failed; the message is due again at <paramref name="nextAttemptAt"/>.</summary>
    public static DeliveryAttempt Failed(DateTimeOffset at, string error, DateTimeOffset nextAttemptAt) =>
        new(DeliveryStatus.Failed, at, error, nextAttemptAt);

    /// <summary>The message is dead-lettered.</summary>
    public static DeliveryAttempt Dead(DateTimeOffset at, string error) => new(DeliveryStatus.Dead, at, error, null);
}
