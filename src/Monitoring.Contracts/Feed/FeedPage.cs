using System.Collections.Immutable;

namespace Monitoring.Contracts.Feed;

/// <summary>Envelopes after a sequence number, oldest first, and whether more follow.</summary>
[GenerateSerializer, Immutable, Alias("feed-page")]
public sealed record FeedPage(
    [property: Id(0)] ImmutableArray<FeedEnvelope> Items,
    [property: Id(1)] bool HasMore);
