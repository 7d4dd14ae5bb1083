using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>A person or service that routes send notifications to, with the channels to reach it and its rate limit.</summary>
[GenerateSerializer, Immutable, Alias("contact")]
public sealed record Contact
{
    /// <summary>Contact id (tenant-unique, chosen by the admin).</summary>
    [Id(0)] public required string ContactId { get; init; }

    /// <summary>Display name.</summary>
    [Id(1)] public required string Name { get; init; }

    /// <summary>Every channel a message to this contact goes out on (at least one).</summary>
    [Id(2)] public ImmutableArray<ContactChannel> Channels { get; init; } = [];

    /// <summary>At most this many messages per <see cref="RateLimitMinutes"/>; what is held back joins the next message.</summary>
    [Id(3)] public int RateLimitMessages { get; init; } = 10;

    /// <summary>The rate limit's window in minutes.</summary>
    [Id(4)] public int RateLimitMinutes { get; init; } = 60;

    /// <summary>When the contact was last changed (host clock).</summary>
    [Id(5)] public DateTimeOffset UpdatedAt { get; init; }
}
