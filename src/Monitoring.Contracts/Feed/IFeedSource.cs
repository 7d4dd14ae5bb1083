using Orleans.Concurrency;

namespace Monitoring.Contracts.Feed;

/// <summary>A grain whose state updates the live feed coalesces (guards and phones).</summary>
public interface IFeedSource : IGrainWithStringKey
{
    /// <summary>
    /// Sends the state update the grain held back, if it still holds one. The silo's feed publisher
    /// calls it for grains that went quiet with an update pending.
    /// </summary>
    /// <remarks>One-way: a late or lost nudge only delays a dashboard's view until the next change.</remarks>
    [OneWay]
    Task FlushFeedAsync();
}
