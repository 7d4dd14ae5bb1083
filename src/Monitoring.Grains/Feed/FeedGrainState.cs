namespace Monitoring.Grains.Feed;

/// <summary>A tenant feed's state: the last sequence number handed out.</summary>
[GenerateSerializer, Alias("feed-state")]
public sealed class FeedGrainState
{
    [Id(0)] public long LastSeq { get; set; }
}
