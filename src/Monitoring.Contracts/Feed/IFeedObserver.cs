using Orleans.Concurrency;
using System.Collections.Immutable;

namespace Monitoring.Contracts.Feed;

/// <summary>A web host's relay: receives each tenant's numbered envelopes, one call per flush.</summary>
public interface IFeedObserver : IGrainObserver
{
    /// <summary>Delivers a batch of envelopes of one tenant, in sequence order.</summary>
    /// <remarks>One-way: a relay only queues the batch, and a slow or dead host must never hold up the
    /// feed (its dashboards catch up from the event log).</remarks>
    [OneWay]
    Task OnEnvelopesAsync(ImmutableArray<FeedEnvelope> envelopes);
}
