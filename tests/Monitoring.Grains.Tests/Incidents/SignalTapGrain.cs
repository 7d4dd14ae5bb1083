using System.Collections.Immutable;
using Monitoring.Contracts.Incidents;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Monitoring.Grains.Tests.Incidents;

/// <summary>
/// A second implicit subscriber of the site signal streams, beside the correlation grain: tests count
/// what an alert published, which the correlation grain (folding repeats as nothing new) cannot show.
/// </summary>
[ImplicitStreamSubscription(SiteSignal.StreamNamespace)]
internal sealed class SignalTapGrain : Grain, ISignalTapGrain, IStreamSubscriptionObserver
{
    private readonly List<SiteSignal> _signals = [];

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<SiteSignal>().ResumeAsync((signal, _) =>
        {
            _signals.Add(signal);
            return Task.CompletedTask;
        });

    public Task<ImmutableArray<SiteSignal>> SignalsAsync() => Task.FromResult(_signals.ToImmutableArray());
}
