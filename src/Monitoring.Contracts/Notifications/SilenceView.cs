namespace Monitoring.Contracts.Notifications;

/// <summary>A silence as the API and the feed (<c>silence_updated</c>) show it: the stored silence and its status when read.</summary>
[GenerateSerializer, Immutable, Alias("silence-view")]
public sealed record SilenceView
{
    /// <summary>Silence id (<c>sil_...</c>).</summary>
    [Id(0)] public required string SilenceId { get; init; }

    /// <summary>Pending, active or expired at the time of reading.</summary>
    [Id(1)] public SilenceStatus Status { get; init; }

    /// <summary>What it matches.</summary>
    [Id(2)] public required SilenceMatchers Matchers { get; init; }

    /// <summary>When it starts.</summary>
    [Id(3)] public DateTimeOffset StartsAt { get; init; }

    /// <summary>When it ends at the latest.</summary>
    [Id(4)] public DateTimeOffset EndsAt { get; init; }

    /// <summary>Who created it.</summary>
    [Id(5)] public required string CreatedBy { get; init; }

    /// <summary>Why.</summary>
    [Id(6)] public required string Comment { get; init; }

    /// <summary>Ends early once every alert it silenced is resolved.</summary>
    [Id(7)] public bool EndWhenResolved { get; init; }

    /// <summary>When it was created.</summary>
    [Id(8)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was ended before <see cref="EndsAt"/>, if it was.</summary>
    [Id(9)] public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Who or what ended it early (an admin's name, or <c>resolved</c>).</summary>
    [Id(10)] public string? EndedBy { get; init; }

    /// <summary>The view of <paramref name="silence"/> at <paramref name="now"/>.</summary>
    public static SilenceView Of(Silence silence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(silence);
        return new()
        {
            SilenceId = silence.SilenceId,
            Status = silence.StatusAt(now),
            Matchers = silence.Matchers,
            StartsAt = silence.StartsAt,
            EndsAt = silence.EndsAt,
            CreatedBy = silence.CreatedBy,
            Comment = silence.Comment,
            EndWhenResolved = silence.EndWhenResolved,
            CreatedAt = silence.CreatedAt,
            EndedAt = silence.EndedAt,
            EndedBy = silence.EndedBy,
        };
    }
}
