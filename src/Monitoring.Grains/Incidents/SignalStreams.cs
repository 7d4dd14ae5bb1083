using Monitoring.Contracts.Incidents;
using Monitoring.Grains.Keys;
using Orleans.Streams;

namespace Monitoring.Grains.Incidents;

/// <summary>
/// The site signal streams feeding the correlation grains. <see cref="AddSignalStreams"/> puts them
/// on memory streams (the embedded default: not durable); PostgreSQL mode puts them on the durable
/// ADO.NET provider instead (see docs/correlation.md). Implicit subscriptions only, so there is no
/// pub-sub store traffic.
/// </summary>
public static class SignalStreams
{
    public static ISiloBuilder AddSignalStreams(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(SiteSignal.StreamProvider, c => c.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));

    /// <summary>The signal stream of one site (key <c>{tenant}/{siteId}</c>).</summary>
    internal static IAsyncStream<SiteSignal> SiteSignals(this Grain grain, string tenant, string siteId) =>
        grain.GetStreamProvider(SiteSignal.StreamProvider)
            .GetStream<SiteSignal>(StreamId.Create(SiteSignal.StreamNamespace, GrainKeys.Compose(tenant, siteId)));
}
