namespace Monitoring.Contracts.Notifications;

/// <summary>
/// A maintenance window: alerts it matches while active are raised and recorded (showing
/// <c>silencedBy</c>) but neither notified nor escalated. It ends at <see cref="EndsAt"/>, when an admin
/// expires it early, or, with <see cref="EndWhenResolved"/>, once every alert it silenced is resolved.
/// </summary>
[GenerateSerializer, Immutable, Alias("silence")]
public sealed record Silence
{
    /// <summary>Silence id (<c>sil_...</c>, assigned on create).</summary>
    [Id(0)] public required string SilenceId { get; init; }

    /// <summary>What it matches.</summary>
    [Id(1)] public required SilenceMatchers Matchers { get; init; }

    /// <summary>When it starts.</summary>
    [Id(2)] public DateTimeOffset StartsAt { get; init; }

    /// <summary>When it ends at the latest.</summary>
    [Id(3)] public DateTimeOffset EndsAt { get; init; }

    /// <summary>Who created it.</summary>
    [Id(4)] public required string CreatedBy { get; init; }

    /// <summary>Why.</summary>
    [Id(5)] public required string Comment { get; init; }

    /// <summary>End early once every alert it silenced is resolved.</summary>
    [Id(6)] public bool EndWhenResolved { get; init; }

    /// <summary>When it was created (host clock).</summary>
    [Id(7)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was ended before <see cref="EndsAt"/>, if it was.</summary>
    [Id(8)] public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Who or what ended it early (an admin's name, or <c>resolved</c>).</summary>
    [Id(9)] public string? EndedBy { get; init; }

    /// <summary>Status at <paramref name="now"/>.</summary>
    public SilenceStatus StatusAt(DateTimeOffset now) =>
        EndedAt is not null || now >= EndsAt ? SilenceStatus.Expired : now < StartsAt ? SilenceStatus.Pending : SilenceStatus.Active;
}
