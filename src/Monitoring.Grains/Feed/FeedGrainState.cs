using Monitoring.Contracts.Feed;

namespace Monitoring.Grains.Feed;

/// <summary>A tenant feed's state: the next sequence number and the recent envelopes.</summary>
[GenerateSerializer, Alias("feed-state")]
public sealed class FeedGrainState
{
    [Id(0)] public long LastSeq { get; set; }
    [Id(1)] public List<FeedEnvelope> Recent { get; set; } = [];
}
