using Monitoring.Contracts.Incidents;
using Orleans.Streams;

namespace Monitoring.Grains.Incidents;

/// <summary>
/// The site signal streams feeding the correlation grains. Memory streams: not durable (see
/// docs/correlation.md). Implicit subscriptions only, so there is no pub-sub store traffic.
/// </summary>
public static class SignalStreams
{
    public static ISiloBuilder AddSignalStreams(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(SiteSignal.StreamProvider, c => c.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
}
