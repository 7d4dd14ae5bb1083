using System.Collections.Immutable;
using Monitoring.Contracts.Incidents;

namespace Monitoring.Grains.Tests.Incidents;

/// <summary>What a site's signal stream carried, as its correlation grain receives it. Key: <c>{tenant}/{siteId}</c>.</summary>
public interface ISignalTapGrain : IGrainWithStringKey
{
    /// <summary>Every signal received so far, in order.</summary>
    Task<ImmutableArray<SiteSignal>> SignalsAsync();
}
