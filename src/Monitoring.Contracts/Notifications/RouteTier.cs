using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>The contacts a route notifies at one tier: 0 on raise, 1 site supervisor, 2 NOC lead, 3 duty manager.</summary>
[GenerateSerializer, Immutable, Alias("route-tier")]
public sealed record RouteTier(
    [property: Id(0)] int Tier,
    [property: Id(1)] ImmutableArray<string> ContactIds);
